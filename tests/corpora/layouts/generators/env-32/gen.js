const ExcelJS = require('exceljs');
const fs = require('fs'), path = require('path');
const OUT = path.join(__dirname, 'clean');
const R = (x, d) => { const m = Math.pow(10, d); return Math.round((x + (x >= 0 ? 1e-9 : -1e-9)) * m) / m; };
function rng(seed) { let a = seed >>> 0; return () => { a |= 0; a = a + 0x6D2B79F5 | 0; let t = Math.imul(a ^ a >>> 15, 1 | a); t = t + Math.imul(t ^ t >>> 7, 61 | t) ^ t; return ((t ^ t >>> 14) >>> 0) / 4294967296; }; }
let rnd = rng(1);
const rv = (lo, hi, d = 0) => R(lo + rnd() * (hi - lo), d);
const sum = (a, d = 0) => R(a.reduce((s, x) => s + x, 0), d);
const gr = (c, p) => R((c / p - 1) * 100, 1);
const sh = (p, t, d = 1) => R(p / t * 100, d);
const col = c => { let s = ''; while (c > 0) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s; };
const CANDS = {};
const IND = '　　';
const fmtOf = d => d === 0 ? '0' : '0.' + '0'.repeat(d);
class W {
  constructor(wb, file, name) { this.ws = wb.addWorksheet(name); this.name = name; this.file = file; this.r = 1; }
  row(vals, fmts, opts = {}) {
    const r = this.r++;
    vals.forEach((v, i) => {
      if (v === undefined || v === null) return;
      const c = this.ws.getCell(r, i + 1); c.value = v;
      if (typeof v === 'number' && fmts && fmts[i] != null) c.numFmt = fmtOf(fmts[i]);
      if (i === 0 && opts.indent) c.alignment = { indent: opts.indent };
      if (opts.bold) c.font = { bold: true };
    });
    return r;
  }
  title(t, n) { const r = this.row([t]); if (n > 1) this.ws.mergeCells(r, 1, r, n); this.ws.getCell(r, 1).alignment = { horizontal: 'center' }; this.ws.getCell(r, 1).font = { bold: true, size: 14 }; return r; }
  unit(t, n, right = true) { const r = this.row(right ? Array(n - 1).fill(null).concat([t]) : [t]); return r; }
  merge(r1, c1, r2, c2) { this.ws.mergeCells(r1, c1, r2, c2); }
  blank() { this.r++; }
  cand(r, c, kind, extra = {}) { (CANDS[this.file] = CANDS[this.file] || []).push(Object.assign({ sheet: this.name, cell: col(c) + r, kind }, extra)); }
  widths(ws) { ws.forEach((w, i) => this.ws.getColumn(i + 1).width = w); }
}
const TASKS = [];
function book(file, fn) { TASKS.push(async () => { const wb = new ExcelJS.Workbook(); fn(wb, file); await wb.xlsx.writeFile(path.join(OUT, file)); }); }

const REG = {
  清河市: ['城关区', '东城区', '西山县', '南溪县', '北岭县', '石门县', '青山县'],
  江州市: ['江南区', '江北区', '临江县', '安平县', '永和市', '新丰县'],
  云岭州: ['云阳市', '岭西县', '白水县', '红河口县', '松林县', '双溪县', '大平县', '金沙县'],
  湖滨省: ['安澜市', '嘉禾市', '临川市', '泽州市', '宁远市', '通海市', '丰城市', '长乐市', '望江市'],
  桐乡县: ['城南街道', '城北街道', '梧桐镇', '大桥镇', '石马镇', '龙潭乡', '白鹤乡'],
};

// B1 culture institutions by region
function culture(wb, file, city, seed, v) {
  rnd = rng(seed); const w = new W(wb, file, v.sheet || '文化机构');
  const regs = REG[city];
  w.title(`${city}${v.year}年文化事业机构情况`, 8);
  w.unit('单位：个、万册、万人次', 8);
  const h1 = w.row(['地区', '公共图书馆', null, null, '文化馆', '博物馆', null, null]);
  const h2 = w.row([null, '机构数', '总藏量', '总流通人次', '机构数', '机构数', '参观人次', '其中：未成年人']);
  w.merge(h1, 1, h2, 1); w.merge(h1, 2, h1, 4); w.merge(h1, 6, h1, 8);
  const F = [null, 0, 1, 1, 0, 0, 1, 1];
  const data = regs.map(n => { const lib = rv(1, 3), mus = rv(0, 6); const vis = mus ? rv(5, 120, 1) : 0; return [n, lib, rv(20, 160, 1), rv(10, 90, 1), rv(1, 2), mus, mus ? vis : '—', mus ? R(vis * rv(0.15, 0.45, 2), 1) : '—']; });
  const num = (x) => typeof x === 'number' ? x : 0;
  const tot = [v.totName]; for (let c = 1; c < 8; c++) tot.push(sum(data.map(r => num(r[c])), F[c]));
  let tr;
  if (v.totTop) { tr = w.row(tot, F, { bold: true }); data.forEach(d => w.row(d, F, { indent: 1 })); }
  else { data.forEach(d => w.row(d, F)); tr = w.row(tot, F, { bold: true }); }
  w.row(['注：博物馆含非国有博物馆；“—”表示无此机构。']);
  w.cand(tr, 3, 'total'); w.cand(tr, 7, 'total');
  const dr = v.totTop ? tr + 1 : tr - regs.length; const i = data.findIndex(d => typeof d[6] === 'number');
  w.cand(dr + i, 8, 'part', { whole: data[i][6], d: 1 });
  w.widths([12, 10, 10, 12, 10, 10, 12, 14]);
}
// B2 tourism main indicators
function tourism(wb, file, city, seed, v) {
  rnd = rng(seed); const w = new W(wb, file, v.sheet || '旅游');
  w.title(`${city}旅游业主要指标`, 5);
  const hr = w.row(['指标', '计量单位', `${v.year - 1}年`, `${v.year}年`, '增长（%）']);
  const F = [null, null, v.d, v.d, 1];
  const domP = rv(1500, 6000, v.d), domC = R(domP * rv(1.05, 1.4, 3), v.d);
  const inP = rv(8000, 90000), inC = R(inP * rv(1.1, 2.5, 3), 0);
  let totP, totC, inVP, inVC, inUnit;
  if (v.inbound === 'renci') { inUnit = '人次'; inVP = inP; inVC = inC; totP = R(domP + inP / 10000, v.d); totC = R(domC + inC / 10000, v.d); }
  else { inUnit = '万人次'; inVP = R(inP / 10000, v.d); inVC = R(inC / 10000, v.d); totP = R(domP + inVP, v.d); totC = R(domC + inVC, v.d); }
  const r1 = w.row(['接待游客总人次', '万人次', totP, totC, gr(totC, totP)], F);
  const pre = v.qizhong === 'prefix' ? '其中：' : '';
  const r2 = w.row([(v.qizhong === 'indent' ? IND + '其中：' : pre) + '国内游客', '万人次', domP, domC, gr(domC, domP)], F, { indent: v.qizhong === 'align' ? 1 : 0 });
  const r3 = w.row([(v.qizhong === 'indent' ? IND + IND : pre ? '　　　' : '') + '入境游客', inUnit, inVP, inVC, gr(inVC, inVP)], F.map((x, i) => i === 2 || i === 3 ? (inUnit === '人次' ? 0 : v.d) : x), { indent: v.qizhong === 'align' ? 1 : 0 });
  const drP = rv(150, 700, 2), drC = R(drP * rv(1.05, 1.35, 3), 2);
  const fxP = rv(500, 9000, 0), fxC = R(fxP * rv(1.1, 2.2, 3), 0);
  const ir = rv(6.9, 7.2, 4);
  const ttP = R(drP + fxP * ir / 10000, 2), ttC = R(drC + fxC * ir / 10000, 2);
  const r4 = w.row(['旅游总收入', '亿元', ttP, ttC, gr(ttC, ttP)], [null, null, 2, 2, 1]);
  const r5 = w.row([(v.qizhong === 'indent' ? IND + '其中：' : pre) + '国内旅游收入', '亿元', drP, drC, gr(drC, drP)], [null, null, 2, 2, 1], { indent: v.qizhong === 'align' ? 1 : 0 });
  w.row([(v.qizhong === 'indent' ? IND + IND : pre ? '　　　' : '') + '旅游外汇收入', '万美元', fxP, fxC, gr(fxC, fxP)], [null, null, 0, 0, 1]);
  const stars = rv(4, 20), a = rv(10, 40);
  w.row(['A级旅游景区', '个', a - rv(1, 3), a, '—']);
  w.row(['星级饭店', '家', stars + 1, stars, '—']);
  w.row(['注：旅游外汇收入按当年人民币平均汇率折算后计入旅游总收入。']);
  w.cand(r1, 4, 'total'); w.cand(r2, 5, 'growth'); w.cand(r4, 5, 'growth'); w.cand(r5, 4, 'part', { whole: ttC, d: 2 }); w.cand(r2, 4, 'part', { whole: totC, d: v.d });
  w.widths([22, 10, 12, 12, 12]);
}
// B3 tourism by county
function tourCounty(wb, file, city, seed, v) {
  rnd = rng(seed); const w = new W(wb, file, v.sheet || '分县旅游');
  const regs = REG[city];
  w.title(`${v.year}年各县（市、区）旅游接待情况`, 7);
  w.row([null, null, null, null, null, null, '表 8-3']);
  const h1 = w.row(['地  区', '接待游客', null, null, '旅游总收入', null, null]);
  const h2 = w.row([null, `${v.year}年（万人次）`, `${v.year - 1}年（万人次）`, '增长（%）', `${v.year}年（亿元）`, `${v.year - 1}年（亿元）`, '增长（%）']);
  w.merge(h1, 1, h2, 1); w.merge(h1, 2, h1, 4); w.merge(h1, 5, h1, 7);
  const F = [null, 1, 1, 1, 2, 2, 1];
  const rows = regs.map(n => { const p = rv(80, 2200, 1), c = R(p * rv(0.92, 1.45, 3), 1), ip = rv(5, 220, 2), ic = R(ip * rv(0.9, 1.5, 3), 2); return [n, c, p, gr(c, p), ic, ip, gr(ic, ip)]; });
  const tc = sum(rows.map(r => r[1]), 1), tp = sum(rows.map(r => r[2]), 1), ic = sum(rows.map(r => r[4]), 2), ip = sum(rows.map(r => r[5]), 2);
  const tr = w.row([v.totName, tc, tp, gr(tc, tp), ic, ip, gr(ic, ip)], F, { bold: true });
  rows.forEach(r => w.row(r, F));
  w.cand(tr, 2, 'total'); w.cand(tr + 2, 4, 'growth'); w.cand(tr + 3, 7, 'growth'); w.cand(tr, 5, 'total');
  w.widths([12, 14, 14, 10, 14, 14, 10]);
}
// B4 R&D by region
function rdRegion(wb, file, city, seed, v) {
  rnd = rng(seed); const w = new W(wb, file, v.sheet || 'R&D经费');
  const regs = REG[city];
  w.title(`${v.year}年${city}各地研究与试验发展（R&D）经费情况`, v.gdp ? 8 : 7);
  w.unit('单位：亿元、%', v.gdp ? 8 : 7);
  let h1, h2, F;
  if (v.gdp) {
    h1 = w.row(['地区', 'R&D经费内部支出', null, null, '地区生产总值', 'R&D经费投入强度', null, null]);
    h2 = w.row([null, `${v.year - 1}年`, `${v.year}年`, '增长%', `${v.year}年`, `${v.year - 1}年`, `${v.year}年`, '增减百分点']);
    w.merge(h1, 2, h1, 4); w.merge(h1, 6, h1, 8); w.merge(h1, 1, h2, 1); w.merge(h1, 5, h2, 5);
    F = [null, 2, 2, 1, 2, 2, 2, 2];
  } else {
    h1 = w.row(['地区', 'R&D经费内部支出', null, null, 'R&D经费投入强度', null, null]);
    h2 = w.row([null, `${v.year - 1}年`, `${v.year}年`, '增长%', `${v.year - 1}年`, `${v.year}年`, '增减百分点']);
    w.merge(h1, 2, h1, 4); w.merge(h1, 5, h1, 7); w.merge(h1, 1, h2, 1);
    F = [null, 2, 2, 1, 2, 2, 2];
  }
  const rows = regs.map(n => { const gp = rv(300, 6000, 2), gc = R(gp * rv(1.03, 1.09, 3), 2); const p = R(gp * rv(0.006, 0.04, 4), 2), c = R(p * rv(0.95, 1.25, 3), 2); return { n, p, c, gp, gc }; });
  const T = { n: v.totName, p: sum(rows.map(r => r.p), 2), c: sum(rows.map(r => r.c), 2), gp: sum(rows.map(r => r.gp), 2), gc: sum(rows.map(r => r.gc), 2) };
  const mk = r => { const ip = sh(r.p, r.gp, 2), ic = sh(r.c, r.gc, 2); return v.gdp ? [r.n, r.p, r.c, gr(r.c, r.p), r.gc, ip, ic, R(ic - ip, 2)] : [r.n, r.p, r.c, gr(r.c, r.p), ip, ic, R(ic - ip, 2)]; };
  const tr = w.row(mk(T), F, { bold: true }); rows.forEach(r => w.row(mk(r), F));
  w.row(['注：R&D经费投入强度为R&D经费内部支出与地区生产总值之比。']);
  w.cand(tr, 3, 'total'); w.cand(tr + 3, 4, 'growth');
  if (v.gdp) w.cand(tr + 2, 7, 'rate'); else w.cand(tr + 1, 4, 'growth');
  w.widths([12, 12, 12, 10, 14, 12, 12, 12]);
}
// B5 R&D by executor / activity
function rdExec(wb, file, city, seed, v) {
  rnd = rng(seed); const w = new W(wb, file, v.sheet || '按执行部门');
  w.title(`${city}${v.year}年R&D活动情况`, 5);
  w.unit(v.unit === 'wan' ? '单位：人年、万元、%' : '单位：人年、亿元、%', 5);
  const d = v.unit === 'wan' ? 0 : 2;
  w.row(['项目', 'R&D人员全时当量', 'R&D经费内部支出', '构成（%）', '比上年增长（%）']);
  const F = [null, 0, d, 1, 1];
  const grp = (title, names) => {
    const rows = names.map(n => { const p = v.unit === 'wan' ? rv(2000, 400000) : rv(0.5, 60, 2); const c = R(p * rv(0.9, 1.3, 3), d); return { n, ppl: rv(100, 12000), c, p }; });
    const T = { ppl: sum(rows.map(r => r.ppl)), c: sum(rows.map(r => r.c), d), p: sum(rows.map(r => r.p), d) };
    const hr = w.row([title, T.ppl, T.c, 100, gr(T.c, T.p)], [null, 0, d, 1, 1], { bold: true });
    rows.forEach(r => w.row([IND + r.n, r.ppl, r.c, sh(r.c, T.c), gr(r.c, r.p)], F));
    return { hr, rows, T };
  };
  const a = grp('按执行部门分', ['企业', '研究与开发机构', '高等学校', '其他']);
  w.blank();
  const b = grp('按活动类型分', ['基础研究', '应用研究', '试验发展']);
  w.row(['注：构成按R&D经费内部支出计算。']);
  w.cand(a.hr, 3, 'total'); w.cand(a.hr + 1, 4, 'rate'); w.cand(b.hr + 2, 5, 'growth'); w.cand(b.hr, 2, 'total');
  w.widths([18, 16, 16, 12, 14]);
}
// B6 patents time series
function patentsTS(wb, file, city, seed, v) {
  rnd = rng(seed); const w = new W(wb, file, v.sheet || '专利');
  const n = v.pop ? 12 : 9;
  w.title(`${city}历年专利申请和授权情况`, n);
  w.unit('单位：件', n);
  const h1 = w.row(['年份', '专利申请量', null, null, null, '专利授权量', null, null, null].concat(v.pop ? ['有效发明专利', '年末常住人口（万人）', '每万人口发明专利拥有量'] : []));
  const h2 = w.row([null, '合计', '发明', '实用新型', '外观设计', '合计', '发明', '实用新型', '外观设计']);
  w.merge(h1, 1, h2, 1); w.merge(h1, 2, h1, 5); w.merge(h1, 6, h1, 9); if (v.pop) { w.merge(h1, 10, h2, 10); w.merge(h1, 11, h2, 11); w.merge(h1, 12, h2, 12); }
  let eff = rv(800, 5000), pop = rv(150, 900, 2), first;
  const F = [null, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 2];
  for (let y = v.y0; y <= v.y1; y++) {
    const a = [rv(300, 4000), rv(1000, 12000), rv(200, 3000)], g = [R(a[0] * rv(0.2, 0.5, 3), 0), R(a[1] * rv(0.6, 0.9, 3), 0), R(a[2] * rv(0.6, 0.9, 3), 0)];
    eff = eff + rv(100, 900); pop = R(pop + rv(-2, 6, 2), 2);
    const row = [v.yearFmt === 'num' ? y : `${y}年`, sum(a), ...a, sum(g), ...g].concat(v.pop ? [eff, pop, R(eff / pop, 2)] : []);
    const r = w.row(row, F); if (!first) first = r;
  }
  w.row(['资料来源：市市场监督管理局（知识产权局）。']);
  w.cand(first + 2, 2, 'total'); w.cand(first + 4, 6, 'total'); w.cand(first + 1, 7, 'part', { whole: null, kindNote: 'component' });
  if (v.pop) w.cand(first + 3, 12, 'rate');
}
// B7 hitech enterprises by field
function hitech(wb, file, city, seed, v) {
  rnd = rng(seed); const w = new W(wb, file, v.sheet || '高新技术企业');
  w.title(`${v.year}年${city}高新技术企业分技术领域情况`, 6);
  const hr = w.row(['技术领域', '企业数（家）', '构成（%）', '营业收入（亿元）', `${v.year - 1}年营业收入（亿元）`, '增长（%）']);
  const F = [null, 0, 1, 2, 2, 1];
  const names = ['电子信息', '生物与新医药', '航空航天', '新材料', '高技术服务', '新能源与节能', '资源与环境', '先进制造与自动化'];
  const rows = names.map(n => { const p = rv(3, 400, 2); return { n, k: rv(2, 300), c: R(p * rv(0.9, 1.3, 3), 2), p }; });
  const T = { k: sum(rows.map(r => r.k)), c: sum(rows.map(r => r.c), 2), p: sum(rows.map(r => r.p), 2) };
  const tr = w.row([v.totName, T.k, 100, T.c, T.p, gr(T.c, T.p)], F);
  rows.forEach(r => w.row([r.n, r.k, sh(r.k, T.k), r.c, r.p, gr(r.c, r.p)], F, { indent: 1 }));
  w.row(['注：构成按企业数计算。']);
  w.cand(tr, 2, 'total'); w.cand(tr + 4, 3, 'rate'); w.cand(tr + 6, 6, 'growth'); w.cand(tr, 4, 'total');
}
// B8 air quality by region
function air(wb, file, city, seed, v) {
  rnd = rng(seed); const w = new W(wb, file, v.sheet || '空气质量');
  const regs = REG[city]; const days = v.year % 4 === 0 ? 366 : 365;
  w.title(`${v.year}年各县（市、区）环境空气质量`, 8);
  const h1 = w.row(['地区', '优良天数（天）', '优良天数比例（%）', null, null, 'PM2.5平均浓度（微克/立方米）', null, 'PM10平均浓度（微克/立方米）']);
  const h2 = w.row([null, null, `${v.year}年`, `${v.year - 1}年`, '增减百分点', `${v.year}年`, '同比（%）', `${v.year}年`]);
  w.merge(h1, 1, h2, 1); w.merge(h1, 2, h2, 2); w.merge(h1, 3, h1, 5); w.merge(h1, 6, h1, 7); w.merge(h1, 8, h2, 8);
  const F = [null, 0, 1, 1, 1, 0, 1, 0];
  const pdays = v.year % 4 === 1 ? 366 : 365;
  const mk = n => { const d = rv(270, 350), dp = rv(260, 345); const a = sh(d, days), b = sh(dp, pdays); const pm = rv(20, 48), pmp = rv(22, 52); return [n, d, a, b, R(a - b, 1), pm, gr(pm, pmp), rv(40, 80)]; };
  const rows = regs.map(mk);
  const city_ = mk(v.totName);
  const tr = w.row(city_, F, { bold: true }); rows.forEach(r => w.row(r, F));
  w.row([`注：优良天数比例=优良天数/有效监测天数×100%，${v.year}年有效监测天数为${days}天；全市数据为市区国控站点评价结果。`]);
  w.cand(tr + 2, 3, 'rate'); w.cand(tr + 3, 5, 'rate');
}
// B9 water supply & use time series
function waterUse(wb, file, city, seed, v) {
  rnd = rng(seed); const w = new W(wb, file, v.sheet || '供用水');
  w.title(`${city}供水量和用水量`, 10);
  w.unit('单位：亿立方米', 10);
  const h1 = w.row(['年份', '供水总量', '其中', null, null, '用水总量', '其中', null, null, null]);
  const h2 = w.row([null, null, '地表水源', '地下水源', '其他水源', null, '农业用水', '工业用水', '生活用水', '人工生态环境补水']);
  w.merge(h1, 1, h2, 1); w.merge(h1, 2, h2, 2); w.merge(h1, 3, h1, 5); w.merge(h1, 6, h2, 6); w.merge(h1, 7, h1, 10);
  const F = [null, 2, 2, 2, 2, 2, 2, 2, 2, 2];
  let first;
  for (let y = v.y0; y <= v.y1; y++) {
    const u = [rv(3, 25, 2), rv(1, 8, 2), rv(0.8, 5, 2), rv(0.05, 1.5, 2)]; const tot = sum(u, 2);
    const gw = rv(0.2, tot * 0.3, 2), oth = rv(0.01, 0.3, 2), sf = R(tot - gw - oth, 2);
    const r = w.row([`${y}`, tot, sf, gw, oth, tot, ...u], F); if (!first) first = r;
  }
  w.row(['注：其他水源指再生水、集雨工程等非常规水源；供水总量与用水总量相等。']);
  w.cand(first + 1, 6, 'total'); w.cand(first + 3, 2, 'total'); w.cand(first + 2, 7, 'part', { whole: null });
}
// B10 water resources by region (total = surface + ground - overlap)
function waterRes(wb, file, city, seed, v) {
  rnd = rng(seed); const w = new W(wb, file, v.sheet || '水资源');
  const regs = REG[city];
  w.title(`${v.year}年${city}水资源量`, 7);
  w.unit('单位：亿立方米、立方米/人', 7);
  w.row(['地区', '年降水量', '地表水资源量', '地下水资源量', '地表水与地下水重复计算量', '水资源总量', '人均水资源量']);
  const F = [null, 2, 2, 2, 2, 2, 0];
  const rows = regs.map(n => { const s = rv(2, 40, 2), g = rv(0.5, 10, 2), o = R(g * rv(0.5, 0.9, 2), 2), pop = rv(20, 120); return { n, pre: R(s * rv(2, 3.5, 2), 2), s, g, o, t: R(s + g - o, 2), pop }; });
  const T = { n: v.totName, pre: sum(rows.map(r => r.pre), 2), s: sum(rows.map(r => r.s), 2), g: sum(rows.map(r => r.g), 2), o: sum(rows.map(r => r.o), 2), pop: sum(rows.map(r => r.pop)) };
  T.t = sum(rows.map(r => r.t), 2);
  const mk = r => [r.n, r.pre, r.s, r.g, r.o, r.t, R(r.t * 1e8 / (r.pop * 1e4), 0)];
  let tr; if (v.totTop) { tr = w.row(mk(T), F); rows.forEach(r => w.row(mk(r), F)); } else { rows.forEach(r => w.row(mk(r), F)); tr = w.row(mk(T), F); }
  w.row(['注：水资源总量=地表水资源量+地下水资源量-重复计算量；人均水资源量按年末常住人口计算。']);
  w.cand(tr, 3, 'total'); const fr = v.totTop ? tr + 1 : tr - regs.length; w.cand(fr + 2, 6, 'total'); w.cand(fr + 1, 5, 'part', { whole: rows[1].g, d: 2 });
}
// B11 forest coverage by region
function forest(wb, file, city, seed, v) {
  rnd = rng(seed); const w = new W(wb, file, v.sheet || '森林资源');
  const regs = REG[city];
  w.title(`${city}森林资源情况（${v.year}年）`, 6);
  w.row([null, null, null, null, null, '单位：公顷、%']);
  w.row(['地区', '土地总面积', '林地面积', '森林面积', '森林覆盖率', '上年森林覆盖率']);
  const F = [null, 0, 0, 0, 2, 2];
  const rows = regs.map(n => { const land = rv(20000, 300000); const f = R(land * rv(0.2, 0.75, 4), 0); const fp = f - rv(50, 2000); return { n, land, lin: R(f * rv(1.05, 1.3, 3), 0), f, fp }; });
  const T = { n: v.totName, land: sum(rows.map(r => r.land)), lin: sum(rows.map(r => r.lin)), f: sum(rows.map(r => r.f)), fp: sum(rows.map(r => r.fp)) };
  const mk = r => [r.n, r.land, r.lin, r.f, sh(r.f, r.land, 2), sh(r.fp, r.land, 2)];
  const tr = w.row(mk(T), F); rows.forEach(r => w.row(mk(r), F));
  w.row(['注：森林覆盖率=森林面积/土地总面积×100%。']);
  w.cand(tr, 4, 'total'); w.cand(tr + 3, 5, 'rate'); w.cand(tr, 5, 'rate');
}
// B12 urban environment: sewage & garbage
function sewage(wb, file, city, seed, v) {
  rnd = rng(seed); const w = new W(wb, file, v.sheet || '城市环境');
  const regs = REG[city].slice(0, v.n || 6);
  w.title(`${v.year}年城镇污水和生活垃圾处理情况`, 8);
  w.unit('计量单位：万立方米、万吨、%', 8);
  const h1 = w.row(['地区', '污水排放量', '污水处理量', '污水处理率', '生活垃圾清运量', '无害化处理量', '无害化处理率', '建成区绿化覆盖率']);
  const F = [null, 1, 1, 2, 2, 2, 1, 2];
  const rows = regs.map(n => { const e = rv(300, 9000, 1), t = R(e * rv(0.9, 0.985, 4), 1), g = rv(2, 40, 2), h = R(g * rv(0.97, 1, 4), 2); return { n, e, t, g, h, gr: rv(35, 45, 2) }; });
  const T = { n: v.totName, e: sum(rows.map(r => r.e), 1), t: sum(rows.map(r => r.t), 1), g: sum(rows.map(r => r.g), 2), h: sum(rows.map(r => r.h), 2), gr: rv(38, 44, 2) };
  const mk = r => [r.n, r.e, r.t, sh(r.t, r.e, 2), r.g, r.h, r.h === r.g ? 100 : sh(r.h, r.g, 1), r.gr];
  const tr = w.row(mk(T), F); rows.forEach(r => w.row(mk(r), F, { indent: 1 }));
  w.row(['注：建成区绿化覆盖率为各地建成区绿化覆盖面积与建成区面积之比，全市数据不是各县之和。']);
  w.cand(tr, 3, 'total'); w.cand(tr + 2, 4, 'rate'); w.cand(tr + 4, 3, 'part', { whole: rows[3].e, d: 1 }); w.cand(tr, 7, 'rate');
}
// B13 bulletin-style indicator list
function bulletin(wb, file, city, seed, v) {
  rnd = rng(seed); const w = new W(wb, file, v.sheet || '主要指标');
  w.title(`${city}${v.year}年科技、文化和生态环境主要指标`, 4);
  w.row(['指    标', '单位', '绝对数', '比上年增长（%）']);
  const F = [null, null, 2, 1];
  const add = (label, unit, cur, prev, d, opts = {}) => { const r = w.row([label, unit, cur, prev == null ? (opts.g || '—') : gr(cur, prev)], [null, null, d, 1], { indent: opts.indent }); return r; };
  const rdp = rv(20, 200, 2), rdc = R(rdp * rv(1.05, 1.2, 3), 2);
  const out = {};
  w.row(['一、科技'], null, { bold: true });
  out.rd = add('R&D经费内部支出', '亿元', rdc, rdp, 2);
  const gdp = rv(2000, 9000, 2); const inten = sh(rdc, gdp, 2);
  add('研发投入强度', '%', inten, null, 2, { g: '[' + R(rv(0.05, 0.3, 2), 2) + ']' });
  const a = [rv(500, 4000), rv(2000, 12000), rv(300, 3000)], ap = a.map(x => R(x * rv(0.8, 1.1, 3), 0));
  out.pat = add('专利授权量', '件', sum(a), sum(ap), 0);
  out.inv = add(IND + '其中：发明专利', '件', a[0], ap[0], 0);
  const ht = rv(200, 1500); add('高新技术企业', '家', ht, R(ht * rv(0.8, 0.95, 3), 0), 0);
  add('技术合同成交额', '亿元', rv(10, 200, 2), null, 2, { g: '…' });
  w.row(['二、文化和旅游'], null, { bold: true });
  add('公共图书馆', '个', rv(5, 15), null, 0);
  const vis = rv(300, 2500, 1), visp = R(vis * rv(0.8, 0.97, 3), 1);
  out.vis = add('博物馆参观人次', '万人次', vis, visp, 1);
  const tt = rv(2000, 9000, 1), ttp = R(tt * rv(0.85, 0.97, 3), 1);
  out.tt = add('接待游客总人次', '万人次', tt, ttp, 1);
  const dom = R(tt - rv(5, 50, 1), 1), domp = R(ttp - rv(3, 40, 1), 1);
  out.dom = add(IND + '其中：国内游客', '万人次', dom, domp, 1);
  w.row(['三、生态环境'], null, { bold: true });
  const good = rv(280, 340); const pg = sh(good, 366, 1);
  out.aq = w.row(['空气质量优良天数比例', '%', pg, '[' + R(rv(-3, 3, 1), 1) + ']'], [null, null, 1, 1]);
  w.row(['PM2.5平均浓度', '微克/立方米', rv(22, 45), gr(30, 33)], [null, null, 0, 1]);
  w.row(['森林覆盖率', '%', rv(30, 70, 2), '[' + R(rv(0.1, 0.6, 2), 2) + ']'], [null, null, 2, 1]);
  w.row(['城市污水处理率', '%', rv(95, 99, 2), '—'], [null, null, 2, 1]);
  w.row(['注：1.带[ ]的数据为比上年增减百分点；2.“…”表示数据暂缺；3.空气质量优良天数比例按366天计算，优良天数为' + good + '天。']);
  w.cand(out.rd, 4, 'growth'); w.cand(out.inv, 3, 'part', { whole: sum(a), d: 0 }); w.cand(out.tt, 4, 'growth'); w.cand(out.dom, 3, 'part', { whole: tt, d: 1 }); w.cand(out.pat, 4, 'growth');
  w.widths([26, 12, 12, 16]);
}
// B14 museums by affiliation
function museums(wb, file, city, seed, v) {
  rnd = rng(seed); const w = new W(wb, file, v.sheet || '博物馆');
  w.title(`${city}博物馆基本情况（${v.year}年）`, 8);
  w.row(['项目', '机构数（个）', '从业人员（人）', '藏品数（件/套）', '#一级文物', '基本陈列（个）', '参观人次（万人次）', '#未成年人']);
  const F = [null, 0, 0, 0, 0, 0, 1, 1];
  const names = ['文物部门', '其他行业部门', '非国有'];
  const rows = names.map(n => { const k = rv(2, 30); const vis = rv(10, 800, 1); return [n, k, rv(20, 900), rv(1000, 90000), rv(0, 300), rv(k, k * 3), vis, R(vis * rv(0.1, 0.4, 3), 1)]; });
  const T = ['总计']; for (let c = 1; c < 8; c++) T.push(sum(rows.map(r => r[c]), F[c]));
  const tr = w.row(T, F); rows.forEach(r => w.row(['　' + r[0], ...r.slice(1)], F));
  w.row(['注：#表示其中项。']);
  w.cand(tr, 4, 'total'); w.cand(tr + 2, 8, 'part', { whole: rows[1][6], d: 1 }); w.cand(tr + 1, 5, 'part', { whole: rows[0][3], d: 0 });
}
// B15 pollution emissions time series with growth and "…"
function emissions(wb, file, city, seed, v) {
  rnd = rng(seed); const w = new W(wb, file, v.sheet || '污染物排放');
  const yrs = []; for (let y = v.y0; y <= v.y1; y++) yrs.push(y);
  w.title(`${city}主要污染物排放情况`, yrs.length + 2);
  w.unit('单位：吨', yrs.length + 2);
  w.row(['指标'].concat(yrs.map(y => y + '年')).concat([`${v.y1}年比上年增长（%）`]));
  const F = [null].concat(yrs.map(() => 1)).concat([1]);
  const series = (lo, hi) => { let x = rv(lo, hi, 1); return yrs.map(() => (x = R(x * rv(0.85, 1.05, 3), 1))); };
  const cod = [series(1000, 9000), series(2000, 20000)];
  const codT = yrs.map((_, i) => R(cod[0][i] + cod[1][i], 1));
  const last = yrs.length;
  const line = (l, s, o = {}) => w.row([l].concat(s).concat([gr(s[last - 1], s[last - 2])]), F, o);
  const r1 = line('化学需氧量', codT);
  const r2 = line(IND + '工业源', cod[0]); line(IND + '生活源', cod[1]);
  const nh = [series(100, 900), series(300, 2000)]; const nhT = yrs.map((_, i) => R(nh[0][i] + nh[1][i], 1));
  const r4 = line('氨氮', nhT); line(IND + '工业源', nh[0]); line(IND + '生活源', nh[1]);
  const so2 = series(500, 8000); const so = w.row(['二氧化硫'].concat(so2.map((x, i) => i === 0 && v.gap ? '…' : x)).concat([gr(so2[last - 1], so2[last - 2])]), F);
  w.row(['注：' + (v.gap ? yrs[0] + '年二氧化硫数据缺失；' : '') + '生活源含城镇和农村生活源。']);
  w.cand(r1, 1 + last - 1, 'total'); w.cand(r4, 1 + last, 'total'); w.cand(r2, last + 2, 'growth'); w.cand(so, last + 2, 'growth');
}
// B16 A-level scenic spots by county with share column
function scenic(wb, file, city, seed, v) {
  rnd = rng(seed); const w = new W(wb, file, v.sheet || 'A级景区');
  const regs = REG[city];
  w.title(`${city}A级旅游景区分布（截至${v.year}年底）`, 8);
  w.unit('单位：个、万人次、%', 8);
  w.row(['地区', '合计', '5A级', '4A级', '3A级', '2A级及以下', '接待游客', '占全市比重']);
  const F = [null, 0, 0, 0, 0, 0, 1, 1];
  const rows = regs.map(n => { const a = [rv(0, 1), rv(1, 6), rv(2, 10), rv(0, 5)]; return [n, sum(a), ...a, rv(50, 1500, 1)]; });
  const T = [v.totName]; for (let c = 1; c < 7; c++) T.push(sum(rows.map(r => r[c]), F[c]));
  const tr = w.row(T.concat([100]), F); rows.forEach(r => w.row(r.concat([sh(r[6], T[6])]).map((x, i) => i >= 2 && i <= 5 && x === 0 ? '—' : x), F));
  w.cand(tr, 4, 'total'); w.cand(tr + 3, 2, 'total'); w.cand(tr + 2, 8, 'rate');
}
// B17 province by city ranking, R&D & patents with share and rank
function provRank(wb, file, seed, v) {
  rnd = rng(seed); const w = new W(wb, file, v.sheet || '各市科技');
  const regs = REG['湖滨省'];
  w.title(`${v.year}年各市科技创新主要指标`, 8);
  const h1 = w.row(['地区', '发明专利授权量', null, null, '每万人口高价值发明专利拥有量', '高新技术企业', null, null]);
  const h2 = w.row([null, '件', '占全省%', '位次', '件', '家', '增长%', '位次']);
  w.merge(h1, 1, h2, 1); w.merge(h1, 2, h1, 4); w.merge(h1, 6, h1, 8);
  const F = [null, 0, 1, 0, 2, 0, 1, 0];
  const rows = regs.map(n => { const p = rv(300, 9000), hp = rv(100, 3000); return { n, p, h: R(hp * rv(1.05, 1.4, 3), 0), hp, v: rv(1, 30, 2) }; });
  const T = { n: '全省', p: sum(rows.map(r => r.p)), h: sum(rows.map(r => r.h)), hp: sum(rows.map(r => r.hp)) };
  const rk = (k, r) => 1 + rows.filter(x => x[k] > r[k]).length;
  const tr = w.row(['全省', T.p, 100, '—', rv(8, 15, 2), T.h, gr(T.h, T.hp), '—'], F, { bold: true });
  rows.forEach(r => w.row([r.n, r.p, sh(r.p, T.p), rk('p', r), r.v, r.h, gr(r.h, r.hp), rk('h', r)], F));
  w.cand(tr, 2, 'total'); w.cand(tr + 5, 3, 'rate'); w.cand(tr + 4, 7, 'growth'); w.cand(tr, 6, 'total');
}
// B18 performance / mass culture activities with 其中 rows vertical & columns for two years, 增减
function activities(wb, file, city, seed, v) {
  rnd = rng(seed); const w = new W(wb, file, v.sheet || '群众文化');
  w.title(`${city}艺术表演和群众文化活动`, 5);
  w.row(['项目', '单位', `${v.year - 1}年`, `${v.year}年`, '增减（%）']);
  const out = {};
  const pair = (l, u, p, c, d, o) => w.row([l, u, p, c, gr(c, p)], [null, null, d, d, 1], o);
  const sp = rv(2000, 9000), sc = R(sp * rv(0.9, 1.3, 3), 0);
  out.s = pair('艺术表演团体演出场次', '场', sp, sc, 0);
  const rp = R(sp * rv(0.4, 0.7, 3), 0), rc = R(sc * rv(0.4, 0.7, 3), 0);
  out.r = pair('其中：赴农村演出场次', '场', rp, rc, 0, { indent: 2 });
  const ap = rv(100, 800, 1), ac = R(ap * rv(0.9, 1.3, 3), 1);
  out.a = pair('观众人次', '万人次', ap, ac, 1);
  const ar = R(ac * rv(0.3, 0.6, 3), 1), arp = R(ap * rv(0.3, 0.6, 3), 1);
  out.ar = pair('其中：农村观众', '万人次', arp, ar, 1, { indent: 2 });
  const e = rv(500, 3000), ep = R(e * rv(0.8, 1.1, 3), 0);
  out.e = pair('文化馆（站）组织文艺活动次数', '次', ep, e, 0);
  const tp = rv(20, 200, 1), tc = R(tp * rv(0.9, 1.2, 3), 1);
  pair('举办训练班培训人次', '万人次', tp, tc, 1);
  w.row(['注：表演团体含国有和民营艺术表演团体。']);
  w.cand(out.s, 5, 'growth'); w.cand(out.r, 4, 'part', { whole: sc, d: 0 }); w.cand(out.ar, 4, 'part', { whole: ac, d: 1 }); w.cand(out.a, 5, 'growth');
}
// B19 water use by sector vertical with 构成 and growth, numbers stored unrounded
function waterSector(wb, file, city, seed, v) {
  rnd = rng(seed); const w = new W(wb, file, v.sheet || '用水结构');
  w.title(`${city}${v.year}年用水总量及构成`, 5);
  w.unit('单位：万立方米', 5);
  w.row(['用水类别', `${v.year}年`, `${v.year - 1}年`, '增长（%）', '构成（%）']);
  const names = [['农业用水', ['农田灌溉', '林牧渔畜']], ['工业用水', null], ['生活用水', ['城镇生活', '农村生活']], ['人工生态环境补水', null]];
  const secs = names.map(([n, subs]) => { if (subs) { const s = subs.map(sn => { const c = rv(100, 50000, 1); return { n: sn, c, p: R(c * rv(0.9, 1.1, 3), 1) }; }); return { n, subs: s, c: sum(s.map(x => x.c), 1), p: sum(s.map(x => x.p), 1) }; } const c = rv(500, 40000, 1); return { n, c, p: R(c * rv(0.9, 1.15, 3), 1) }; });
  const T = { c: sum(secs.map(s => s.c), 1), p: sum(secs.map(s => s.p), 1) };
  const F = [null, 1, 1, 1, 1];
  const tr = w.row(['用水总量', T.c, T.p, gr(T.c, T.p), 100], F, { bold: true });
  const rr = {};
  secs.forEach(s => { rr[s.n] = w.row([s.n, s.c, s.p, gr(s.c, s.p), sh(s.c, T.c)], F, { indent: 1 }); if (s.subs) s.subs.forEach(x => w.row([x.n, x.c, x.p, gr(x.c, x.p), sh(x.c, T.c)], F, { indent: 3 })); });
  w.row(['注：农业用水、生活用水下列为细分项。']);
  w.cand(tr, 2, 'total'); w.cand(rr['农业用水'], 2, 'total'); w.cand(rr['工业用水'], 4, 'growth'); w.cand(rr['生活用水'], 5, 'rate');
}

// ---------- workbooks ----------
const Y = [2022, 2023, 2024];
book('01_清河市_文化机构.xlsx', (wb, f) => culture(wb, f, '清河市', 11, { year: 2024, totName: '全市', totTop: true }));
book('02_江州市_文化机构.xlsx', (wb, f) => culture(wb, f, '江州市', 12, { year: 2023, totName: '合计', totTop: false }));
book('03_云岭州_文旅综合.xlsx', (wb, f) => { culture(wb, f, '云岭州', 13, { year: 2024, totName: '全州', totTop: true, sheet: '表1 文化机构' }); tourism(wb, f, '云岭州', 14, { year: 2024, d: 2, qizhong: 'prefix', inbound: 'wan', sheet: '表2 旅游' }); tourCounty(wb, f, '云岭州', 15, { year: 2024, totName: '全州', sheet: '表3 分县旅游' }); });
book('04_清河市_旅游.xlsx', (wb, f) => tourism(wb, f, '清河市', 21, { year: 2024, d: 1, qizhong: 'indent', inbound: 'renci' }));
book('05_江州市_旅游.xlsx', (wb, f) => tourism(wb, f, '江州市', 22, { year: 2023, d: 2, qizhong: 'align', inbound: 'wan' }));
book('06_桐乡县_旅游.xlsx', (wb, f) => tourism(wb, f, '桐乡县', 23, { year: 2024, d: 1, qizhong: 'prefix', inbound: 'renci' }));
book('07_清河市_分县旅游.xlsx', (wb, f) => tourCounty(wb, f, '清河市', 31, { year: 2024, totName: '全市' }));
book('08_湖滨省_分市旅游.xlsx', (wb, f) => tourCounty(wb, f, '湖滨省', 32, { year: 2023, totName: '全省' }));
book('09_清河市_RD.xlsx', (wb, f) => rdRegion(wb, f, '清河市', 41, { year: 2023, totName: '全市', gdp: false }));
book('10_湖滨省_RD强度.xlsx', (wb, f) => rdRegion(wb, f, '湖滨省', 42, { year: 2023, totName: '全省', gdp: true }));
book('11_江州市_RD活动.xlsx', (wb, f) => rdExec(wb, f, '江州市', 51, { year: 2023, unit: 'wan' }));
book('12_湖滨省_RD活动.xlsx', (wb, f) => { rdExec(wb, f, '湖滨省', 52, { year: 2023, unit: 'yi', sheet: 'R&D活动' }); rdRegion(wb, f, '湖滨省', 53, { year: 2023, totName: '全省', gdp: true, sheet: '分市R&D' }); });
book('13_清河市_专利.xlsx', (wb, f) => patentsTS(wb, f, '清河市', 61, { y0: 2015, y1: 2024, pop: true }));
book('14_江州市_专利.xlsx', (wb, f) => patentsTS(wb, f, '江州市', 62, { y0: 2018, y1: 2024, pop: false, yearFmt: 'num' }));
book('15_湖滨省_高新技术企业.xlsx', (wb, f) => hitech(wb, f, '湖滨省', 71, { year: 2024, totName: '总计' }));
book('16_清河市_科技综合.xlsx', (wb, f) => { hitech(wb, f, '清河市', 72, { year: 2024, totName: '合计', sheet: '高企' }); patentsTS(wb, f, '清河市', 73, { y0: 2020, y1: 2024, pop: false, sheet: '专利' }); provRank(wb, f, 74, { year: 2024, sheet: '全省比较' }); });
book('17_清河市_空气质量.xlsx', (wb, f) => air(wb, f, '清河市', 81, { year: 2024, totName: '全市' }));
book('18_云岭州_空气质量.xlsx', (wb, f) => air(wb, f, '云岭州', 82, { year: 2023, totName: '全州' }));
book('19_江州市_供用水.xlsx', (wb, f) => waterUse(wb, f, '江州市', 91, { y0: 2015, y1: 2024 }));
book('20_湖滨省_供用水.xlsx', (wb, f) => { waterUse(wb, f, '湖滨省', 92, { y0: 2019, y1: 2023, sheet: '供用水量' }); waterRes(wb, f, '湖滨省', 93, { year: 2023, totName: '全省', totTop: true, sheet: '水资源量' }); });
book('21_清河市_水资源.xlsx', (wb, f) => waterRes(wb, f, '清河市', 101, { year: 2024, totName: '全市', totTop: false }));
book('22_云岭州_水资源.xlsx', (wb, f) => waterRes(wb, f, '云岭州', 102, { year: 2023, totName: '全州', totTop: true }));
book('23_清河市_森林.xlsx', (wb, f) => forest(wb, f, '清河市', 111, { year: 2024, totName: '全市' }));
book('24_云岭州_森林.xlsx', (wb, f) => forest(wb, f, '云岭州', 112, { year: 2023, totName: '全州' }));
book('25_江州市_城市环境.xlsx', (wb, f) => sewage(wb, f, '江州市', 121, { year: 2024, totName: '全市' }));
book('26_湖滨省_城市环境.xlsx', (wb, f) => sewage(wb, f, '湖滨省', 122, { year: 2023, totName: '全省', n: 9 }));
book('27_清河市_统计公报指标.xlsx', (wb, f) => bulletin(wb, f, '清河市', 131, { year: 2024 }));
book('28_桐乡县_统计公报指标.xlsx', (wb, f) => bulletin(wb, f, '桐乡县', 132, { year: 2024 }));
book('29_湖滨省_博物馆.xlsx', (wb, f) => museums(wb, f, '湖滨省', 141, { year: 2024 }));
book('30_清河市_污染物排放.xlsx', (wb, f) => emissions(wb, f, '清河市', 151, { y0: 2019, y1: 2024, gap: true }));
book('31_江州市_生态环境综合.xlsx', (wb, f) => { emissions(wb, f, '江州市', 152, { y0: 2021, y1: 2024, gap: false, sheet: '排放' }); air(wb, f, '江州市', 153, { year: 2024, totName: '全市', sheet: '空气' }); sewage(wb, f, '江州市', 154, { year: 2024, totName: '全市', sheet: '污水垃圾' }); forest(wb, f, '江州市', 155, { year: 2024, totName: '全市', sheet: '森林' }); });
book('32_云岭州_A级景区.xlsx', (wb, f) => scenic(wb, f, '云岭州', 161, { year: 2024, totName: '全州' }));
book('33_湖滨省_各市科技.xlsx', (wb, f) => provRank(wb, f, 171, { year: 2024 }));
book('34_清河市_群众文化.xlsx', (wb, f) => { activities(wb, f, '清河市', 181, { year: 2024, sheet: '艺术表演' }); museums(wb, f, '清河市', 182, { year: 2024, sheet: '博物馆' }); });
book('35_江州市_用水结构.xlsx', (wb, f) => waterSector(wb, f, '江州市', 191, { year: 2024 }));
book('36_桐乡县_用水结构.xlsx', (wb, f) => waterSector(wb, f, '桐乡县', 192, { year: 2023 }));
book('37_桐乡县_A级景区.xlsx', (wb, f) => scenic(wb, f, '桐乡县', 193, { year: 2023, totName: '全县' }));

(async () => { fs.readdirSync(OUT).forEach(x => fs.unlinkSync(path.join(OUT, x))); for (const t of TASKS) await t(); fs.writeFileSync(path.join(__dirname, 'cands.json'), JSON.stringify(CANDS, null, 1)); console.log('wrote', TASKS.length); })();
