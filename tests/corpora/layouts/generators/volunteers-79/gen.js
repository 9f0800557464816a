// Generator: party members reporting to communities / volunteering workbooks.
const ExcelJS = require('/work/main/node_modules/exceljs');
const fs = require('fs'), path = require('path');
const DIR = __dirname;

function mulberry32(a) { return function () { a |= 0; a = (a + 0x6D2B79F5) | 0; let t = Math.imul(a ^ (a >>> 15), 1 | a); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }; }
let R = mulberry32(1);
const ri = (a, b) => a + Math.floor(R() * (b - a + 1));
const pick = (arr) => arr[Math.floor(R() * arr.length)];
const chance = (p) => R() < p;
const shuffle = (a) => { a = a.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(R() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; };
// half-up integer rounding of num/den*scale (all non-negative integers)
const rhu = (num, den, scale) => Math.floor((2 * num * scale + den) / (2 * den));
const colL = (c) => { let s = ''; while (c > 0) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s; };

const DISTRICTS = ['东城区', '西城区', '朝阳区', '海淀区', '丰台区', '石景山区', '鼓楼区', '玄武区', '秦淮区', '江岸区', '武昌区', '天河区', '越秀区', '和平区', '南开区', '历下区', '市中区', '雁塔区', '碑林区', '锦江区'];
const STREETS = ['东华门街道', '景山街道', '交道口街道', '安定门街道', '北新桥街道', '东四街道', '朝阳门街道', '建国门街道', '东直门街道', '和平里街道', '前门街道', '崇文门外街道', '天坛街道', '体育馆路街道', '龙潭街道', '永定门外街道', '新街口街道', '月坛街道', '展览路街道', '德胜街道', '金融街街道', '什刹海街道', '广安门内街道', '牛街街道'];
const COMM_A = ['银闸', '南池子', '北池子', '韶九', '王府井', '多福巷', '智德', '黄化门', '吉祥', '大佛寺', '府学', '菊儿', '南锣鼓巷', '福祥', '鼓楼苑', '交东', '国子监', '钟楼湾', '分司厅', '五道营', '北官厅', '民安', '青龙', '西忠', '东四北', '豆瓣', '演乐', '新太仓', '史家', '内务', '朝西', '礼士', '竹杆', '前门东', '草厂', '鲜鱼口', '西兴隆', '长巷', '兴化', '花市', '东花市', '天坛东里', '金鱼池', '幸福', '永内', '桃园', '西园', '东园', '光明', '向阳'];
const UNITS = {
  '党政机关': ['区委办公室', '区政府办公室', '区委组织部', '区委宣传部', '区发展改革委', '区财政局', '区教委', '区卫生健康委', '区民政局', '区人力社保局', '区住房城乡建设委', '区市场监管局'],
  '事业单位': ['区疾病预防控制中心', '区图书馆', '区第一人民医院', '区中医医院', '区职业技术学校', '区档案馆', '区融媒体中心', '区社会福利院'],
  '国有企业': ['区城市投资集团', '区国有资本运营公司', '区公交集团', '区水务集团', '区文旅集团', '区建设工程公司'],
};
const TYPES = ['政策宣传', '环境整治', '关爱帮扶', '疫情防控', '文明引导', '其他'];
const THIN = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };

class Sheet {
  constructor(name) { this.name = name; this.cells = new Map(); this.merges = []; this.widths = {}; this.maxC = 1; }
  set(r, c, v, o = {}) { this.cells.set(r + ',' + c, { r, c, v, ...o }); this.maxC = Math.max(this.maxC, c); return this.ref(r, c); }
  get(r, c) { return this.cells.get(r + ',' + c); }
  ref(r, c) { return this.name + '!' + colL(c) + r; }
  merge(r1, c1, r2, c2) { this.merges.push([r1, c1, r2, c2]); }
}
class Book {
  constructor() { this.sheets = []; this.cons = []; this.cands = []; this.vals = new Map(); }
  sheet(name) { const s = new Sheet(name); this.sheets.push(s); return s; }
}
// numeric value entry: {n: integer units, dp} ; value = n / 10^dp
const numCell = (sh, r, c, n, dp, fmt, o = {}) => sh.set(r, c, n / Math.pow(10, dp), { num: true, n, dp, fmt: fmt || (dp ? '0.' + '0'.repeat(dp) : '0'), ...o });

// ---------- data model ----------
function mkUnit(label, scale) {
  const ying = ri(scale[0], scale[1]);
  const yi = ying - ri(0, Math.floor(ying * 0.09));
  const chu = ri(0, Math.max(1, Math.floor(yi * 0.14)));
  const gangwei = chance(0.1) ? 0 : ri(Math.floor(yi * 0.05), Math.floor(yi * 0.4) + 1);
  const xiangmu = chance(0.15) ? 0 : ri(0, Math.floor(yi * 0.08) + 2);
  const renci = yi * ri(1, 5) + ri(0, yi);
  const hours10 = renci * ri(15, 45) + ri(0, 9); // tenths of hours
  return { label, ying, yi, chu, gangwei, xiangmu, renci, hours10 };
}
const KEYS = ['ying', 'yi', 'chu', 'gangwei', 'xiangmu', 'renci', 'hours10'];
function sumUnits(label, arr) { const o = { label }; KEYS.forEach((k) => (o[k] = arr.reduce((s, u) => s + u[k], 0))); return o; }

// ---------- generic indicator table (rows = units, cols = indicators) possibly transposed ----------
// rows: [{label, u, role:'total'|'sub'|'leaf'|'head', children:[idx], indent}]
function indicatorTable(book, sh, r0, c0, rows, opt) {
  const { transpose, twoRow, hoursMode, rateFrac, serial, firstHeader } = opt;
  const cols = [
    { k: 'ying', h: '应报到党员', g: '报到情况' },
    { k: 'yi', h: '已报到党员', g: '报到情况' },
    { k: 'rate', h: rateFrac ? '报到率' : '报到率（%）', g: '报到情况' },
    { k: 'chu', h: '其中：处级以上党员干部', g: '报到情况' },
    { k: 'gangwei', h: '认领服务岗位（个）', g: '服务情况' },
    { k: 'xiangmu', h: '认领项目（个）', g: '服务情况' },
    { k: 'renci', h: '参与志愿服务人次', g: '服务情况' },
    { k: 'hours', h: hoursMode === 'wan' ? '服务时长（万小时）' : '服务时长（小时）', g: '服务情况' },
  ];
  if (hoursMode !== 'wan' && opt.mean) cols.push({ k: 'mean', h: '人均服务时长（小时）', g: '服务情况' });
  if (opt.drop) opt.drop.forEach((d) => { const i = cols.findIndex((x) => x.k === d); if (i >= 0) cols.splice(i, 1); });
  // placement
  const P = (i, j) => (transpose ? [r0 + j, c0 + i] : [r0 + i, c0 + j]); // i = header/row axis index, j = column axis index
  const hdrN = twoRow && !transpose ? 2 : 1;
  const lead = serial && !transpose ? 1 : 0;
  // header cells
  if (!transpose) {
    if (serial) { sh.set(r0, c0, '序号', { hdr: true }); if (hdrN === 2) sh.merge(r0, c0, r0 + 1, c0); }
    sh.set(r0, c0 + lead, firstHeader, { hdr: true }); if (hdrN === 2) sh.merge(r0, c0 + lead, r0 + 1, c0 + lead);
    if (hdrN === 2) {
      let j = 0;
      while (j < cols.length) { let e = j; while (e + 1 < cols.length && cols[e + 1].g === cols[j].g) e++; sh.set(r0, c0 + lead + 1 + j, cols[j].g, { hdr: true }); if (e > j) sh.merge(r0, c0 + lead + 1 + j, r0, c0 + lead + 1 + e); j = e + 1; }
    }
    cols.forEach((cl, j) => sh.set(r0 + hdrN - 1, c0 + lead + 1 + j, cl.h, { hdr: true }));
  } else {
    sh.set(r0, c0, '指标', { hdr: true });
    cols.forEach((cl, j) => sh.set(r0 + 1 + j, c0, cl.h.replace('其中：', '　其中：'), {}));
    rows.forEach((rw, i) => sh.set(r0, c0 + 1 + i, rw.label, { hdr: true }));
  }
  const at = (i, j) => (transpose ? [r0 + 1 + j, c0 + 1 + i] : [r0 + hdrN + i, c0 + lead + 1 + j]);
  const refs = rows.map(() => ({}));
  let serialNo = 0;
  rows.forEach((rw, i) => {
    if (rw.role === 'blank') return;
    if (!transpose) {
      const [r] = at(i, 0);
      if (serial) sh.set(r, c0, rw.role === 'leaf' || (rw.role === 'sub' && !rw.noSerial) ? ++serialNo : '', {});
      sh.set(r, c0 + lead, rw.indent ? (opt.indentSpaces ? '　　' + rw.label : rw.label) : rw.label, { indent: rw.indent && !opt.indentSpaces ? 2 : 0, bold: rw.role !== 'leaf' });
    }
    if (rw.role === 'head') return;
    const u = rw.u;
    cols.forEach((cl, j) => {
      const [r, c] = at(i, j);
      let ref;
      if (cl.k === 'rate') ref = rateFrac ? numCell(sh, r, c, rhu(u.yi, u.ying, 1000), 3, '0.0%') : numCell(sh, r, c, rhu(u.yi, u.ying, 1000), 1);
      else if (cl.k === 'hours') ref = hoursMode === 'wan' ? numCell(sh, r, c, rhu(u.hours10, 1, 0.01), 2, '0.00') : hoursMode === 'dec' ? numCell(sh, r, c, u.hours10, 1) : numCell(sh, r, c, rhu(u.hours10, 1, 0.1), 0);
      else if (cl.k === 'mean') ref = hoursMode === 'int' ? numCell(sh, r, c, rhu(rhu(u.hours10, 1, 0.1), u.yi, 10), 1) : numCell(sh, r, c, rhu(u.hours10, u.yi, 1), 1);
      else if ((cl.k === 'xiangmu' || cl.k === 'gangwei') && u[cl.k] === 0 && opt.dash) ref = sh.set(r, c, '—', {});
      else ref = numCell(sh, r, c, u[cl.k], 0);
      refs[i][cl.k] = ref;
    });
  });
  // constraints
  const has = (k) => cols.some((c) => c.k === k);
  rows.forEach((rw, i) => {
    if (rw.role === 'head' || rw.role === 'blank') return;
    const f = refs[i];
    if (has('rate')) book.cons.push({ t: 'rate', target: f.rate, num: f.yi, den: f.ying, dp: 1, frac: !!rateFrac });
    if (has('mean')) book.cons.push({ t: 'mean', target: f.mean, num: f.hours, den: f.yi, dp: 1 });
    if (has('chu')) book.cons.push({ t: 'le', part: f.chu, whole: f.yi });
    if (rw.children) {
      ['ying', 'yi', 'chu', 'gangwei', 'xiangmu', 'renci', 'hours'].filter(has).forEach((k) => {
        const parts = rw.children.map((ci) => refs[ci][k]);
        const tol = k === 'hours' && hoursMode === 'wan' ? 0.005 * parts.length + 1e-9 : k === 'hours' && hoursMode === 'int' ? 0.5 * parts.length + 1e-9 : 1e-9;
        book.cons.push({ t: 'sum', target: refs[i][k], parts, tol, kind: k });
      });
    }
  });
  const endRow = transpose ? r0 + cols.length : r0 + hdrN + rows.length - 1;
  const endCol = transpose ? c0 + rows.length : c0 + lead + cols.length;
  return { refs, endRow, endCol, cols };
}

// ---------- builders for table shapes ----------
function hoursModeFor() { return pick(['int', 'int', 'dec', 'dec', 'wan']); }

function streetRows(kind, nStreets) {
  const streets = shuffle(STREETS).slice(0, nStreets);
  let comms = shuffle(COMM_A);
  const rows = [];
  const totalFirst = chance(0.6);
  const totLabel = pick(['合计', '全区合计', '总计', '全区']);
  const sep = chance(0.4);
  const tot = { label: totLabel, role: 'total', children: [] };
  if (totalFirst) rows.push(tot);
  const units = [];
  for (const s of streets) {
    if (kind === 'flat') { const u = mkUnit(s, [120, 1600]); units.push(u); tot.children.push(rows.length); rows.push({ label: s, u, role: 'leaf' }); continue; }
    const n = ri(2, 5);
    const cs = comms.splice(0, n).map((c) => mkUnit(c + '社区', [25, 380]));
    const su = sumUnits(s, cs); units.push(su);
    if (kind === 'streetSum') { // street row is the sum; communities indented below
      const si = rows.length; tot.children.push(si); rows.push({ label: s, u: su, role: 'sub', children: [] });
      cs.forEach((c) => { rows[si].children.push(rows.length); rows.push({ label: c.label, u: c, role: 'leaf', indent: true }); });
    } else { // street heading, communities, 小计
      rows.push({ label: s, role: 'head' });
      const ch = [];
      cs.forEach((c) => { ch.push(rows.length); rows.push({ label: c.label, u: c, role: 'leaf', indent: true }); });
      tot.children.push(rows.length);
      rows.push({ label: pick(['小计', s.replace('街道', '') + '小计', '　小计']), u: su, role: 'sub', children: ch, noSerial: true });
      if (sep) rows.push({ role: 'blank', label: '' });
    }
  }
  tot.u = sumUnits(totLabel, units);
  if (!totalFirst) rows.push(tot);
  return rows;
}

function organRows() {
  const rows = [];
  const totalFirst = chance(0.7);
  const tot = { label: pick(['合计', '总计']), role: 'total', children: [] };
  if (totalFirst) rows.push(tot);
  const sys = []; const pref = chance(0.5);
  ['党政机关', '事业单位', '国有企业'].forEach((g, gi) => {
    const us = shuffle(UNITS[g]).slice(0, ri(2, 5)).map((n) => mkUnit(n, [15, 260]));
    const su = sumUnits(g, us); sys.push(su);
    const si = rows.length; tot.children.push(si);
    rows.push({ label: (pref ? ['一、', '二、', '三、'][gi] : '') + g, u: su, role: 'sub', children: [] });
    us.forEach((u) => { rows[si].children.push(rows.length); rows.push({ label: u.label, u, role: 'leaf', indent: true }); });
  });
  tot.u = sumUnits(tot.label, sys);
  if (!totalFirst) rows.push(tot);
  return rows;
}

function titleBlock(sh, title, ncols, ctx, r = 1) {
  sh.set(r, 1, title, { title: true }); sh.merge(r, 1, r, ncols);
  const line = pick([`填报单位：${ctx.org}`, `填报单位（盖章）：${ctx.org}　　　　　　　　　统计截止：${ctx.year}年${ctx.month}月${ctx.day}日`, `${ctx.year}年${ctx.month}月`]);
  sh.set(r + 1, 1, line, {});
  if (chance(0.6)) sh.set(r + 1, ncols, pick(['单位：名、个、人次、小时', '单位：名', '']), { right: true });
  return r + (chance(0.5) ? 3 : 2);
}
function footer(sh, r, ctx) {
  if (chance(0.7)) sh.set(r++, 1, pick([
    '注：1.报到率=已报到党员÷应报到党员×100%；2.人均服务时长=服务时长÷已报到党员。',
    '注：本表统计口径为在职党员到居住地社区报到情况，“—”表示无此项。',
    '说明：处级以上党员干部包含在已报到党员中；服务时长按志愿服务平台记录统计。',
  ]), {});
  if (chance(0.7)) { r++; sh.set(r++, 1, `填报人：${pick(['王丽', '张伟', '李娜', '刘洋', '陈静'])}　　　审核人：${pick(['赵强', '孙敏', '周杰'])}　　　联系电话：6${ri(1000000, 9999999)}　　　填报日期：${ctx.year}年${ctx.month}月${ctx.day + 2 > 28 ? 28 : ctx.day + 2}日`, {}); }
  return r;
}

function addIndicatorSheet(book, ctx, name, title, rowsKind, continued) {
  const rows = rowsKind === 'organ' ? organRows() : streetRows(rowsKind, rowsKind === 'flat' ? ri(5, 14) : ri(3, 6));
  const transpose = rowsKind === 'flat' && !continued && chance(0.3);
  const opt = { transpose, twoRow: chance(0.5), hoursMode: hoursModeFor(), rateFrac: chance(0.15), serial: chance(0.4) && !transpose, mean: chance(0.75), dash: chance(0.6), indentSpaces: chance(0.5), firstHeader: rowsKind === 'organ' ? pick(['单位', '系统/单位']) : pick(['街道', '街道（社区）', '单位']) };
  if (chance(0.2)) opt.drop = [pick(['gangwei', 'xiangmu', 'chu'])];
  const sh = book.sheet(name);
  const ncols = transpose ? rows.length + 1 : 10;
  if (!continued) {
    let r = titleBlock(sh, title, ncols, ctx);
    const t = indicatorTable(book, sh, r, 1, rows, opt);
    if (chance(0.3)) book.hasSep = true;
    footer(sh, t.endRow + 2, ctx);
    if (!book.mainMode) book.mainMode = opt.hoursMode;
    return { rows, t };
  }
  // 续表: split leaf/sub rows across two sheets; total at bottom of second
  const tot = rows.find((r) => r.role === 'total');
  const rest = rows.filter((r) => r !== tot);
  const cut = Math.ceil(rest.length / 2);
  let r = titleBlock(sh, title, ncols, ctx);
  const part1 = rest.slice(0, cut), part2 = rest.slice(cut).concat([tot]);
  // remap children indexes into two tables: build per-part row arrays with local children
  const mapIdx = new Map(); rows.forEach((rw, i) => mapIdx.set(i, rw));
  const localize = (part) => part.map((rw) => ({ ...rw, children: undefined, _orig: rw }));
  const p1 = localize(part1), p2 = localize(part2);
  // subs whose children are all in same part get local children
  [p1, p2].forEach((p) => p.forEach((rw) => {
    if (rw._orig.children && rw._orig.role !== 'total') { const ch = rw._orig.children.map((ci) => p.findIndex((x) => x._orig === rows[ci])); if (ch.every((x) => x >= 0)) rw.children = ch; }
  }));
  const t1 = indicatorTable(book, sh, r, 1, p1, { ...opt, transpose: false });
  sh.set(t1.endRow + 1, 1, '（接续表）', {});
  const sh2 = book.sheet(name + '（续）');
  sh2.set(1, 1, '续表', { title: true }); sh2.merge(1, 1, 1, 4);
  const t2 = indicatorTable(book, sh2, 2, 1, p2, { ...opt, transpose: false });
  // cross-sheet total constraints
  const all = p1.map((x, i) => ({ x, ref: t1.refs[i] })).concat(p2.map((x, i) => ({ x, ref: t2.refs[i] })));
  const totRef = t2.refs[p2.length - 1];
  const totChildren = tot.children.map((ci) => all.find((a) => a.x._orig === rows[ci]).ref);
  Object.keys(totRef).filter((k) => ['ying', 'yi', 'chu', 'gangwei', 'xiangmu', 'renci', 'hours'].includes(k)).forEach((k) => {
    const parts = totChildren.map((f) => f[k]);
    const tol = k === 'hours' && opt.hoursMode === 'wan' ? 0.005 * parts.length + 1e-9 : k === 'hours' && opt.hoursMode === 'int' ? 0.5 * parts.length + 1e-9 : 1e-9;
    book.cons.push({ t: 'sum', target: totRef[k], parts, tol, kind: k });
  });
  // children split across sheets for subs (streetSum kind): add cross constraints
  [[p1, t1], [p2, t2]].forEach(([p, t]) => p.forEach((rw, i) => {
    if (rw._orig.children && rw._orig.role !== 'total' && !rw.children) {
      const chRefs = rw._orig.children.map((ci) => all.find((a) => a.x._orig === rows[ci]).ref);
      Object.keys(t.refs[i]).filter((k) => ['ying', 'yi', 'chu', 'gangwei', 'xiangmu', 'renci', 'hours'].includes(k)).forEach((k) => {
        const parts = chRefs.map((f) => f[k]);
        const tol = k === 'hours' && opt.hoursMode === 'wan' ? 0.005 * parts.length + 1e-9 : k === 'hours' && opt.hoursMode === 'int' ? 0.5 * parts.length + 1e-9 : 1e-9;
        book.cons.push({ t: 'sum', target: t.refs[i][k], parts, tol, kind: k });
      });
    }
  }));
  footer(sh2, t2.endRow + 2, ctx);
  book.mainMode = opt.hoursMode;
  return { rows, t: t2 };
}

function addMonthlySheet(book, ctx, name) {
  const sh = book.sheet(name);
  const nM = ri(4, 12);
  const carry = chance(0.35);
  let r = titleBlock(sh, `${ctx.org.replace('委组织部', '')}${ctx.year}年在职党员到社区报到及志愿服务月度进展表`, 7, ctx);
  const two = chance(0.5);
  const groups = [['报到党员（名）', 'bd'], ['志愿服务人次', 'rc'], ['服务时长（小时）', 'hs']];
  sh.set(r, 1, '月份', {});
  if (two) { sh.merge(r, 1, r + 1, 1); groups.forEach(([g], gi) => { sh.set(r, 2 + gi * 2, g, {}); sh.merge(r, 2 + gi * 2, r, 3 + gi * 2); sh.set(r + 1, 2 + gi * 2, '本月新增', {}); sh.set(r + 1, 3 + gi * 2, '累计', {}); }); r += 2; }
  else { groups.forEach(([g], gi) => { const base = g.replace(/（.*）/, ''); sh.set(r, 2 + gi * 2, `本月新增${base}`, {}); sh.set(r, 3 + gi * 2, `累计${base}`, {}); }); r += 1; }
  const prev = [null, null, null];
  if (carry) {
    sh.set(r, 1, '上年结转', {});
    const base = [ri(3000, 9000), ri(20000, 60000), ri(50000, 200000)];
    base.forEach((b, gi) => { sh.set(r, 2 + gi * 2, '—', {}); prev[gi] = numCell(sh, r, 3 + gi * 2, b, 0); book._n.set(prev[gi], b); });
    r++;
  }
  const news = [[], [], []];
  for (let m = 1; m <= nM; m++) {
    sh.set(r, 1, `${m}月`, {});
    const nv = [ri(20, 600), ri(500, 6000), ri(1500, 20000)];
    nv.forEach((v, gi) => {
      const nr = numCell(sh, r, 2 + gi * 2, v, 0); book._n.set(nr, v);
      const prevN = prev[gi] ? book._n.get(prev[gi]) : 0;
      const cr = numCell(sh, r, 3 + gi * 2, prevN + v, 0);
      book._n.set(cr, prevN + v);
      news[gi].push(nr);
      book.cons.push({ t: 'sum', target: cr, parts: prev[gi] ? [prev[gi], nr] : [nr], tol: 1e-9, kind: 'cum', cumNext: true });
      prev[gi] = cr;
    });
    r++;
  }
  if (carry) { /* base value bookkeeping */ }
  if (!carry && chance(0.5)) {
    sh.set(r, 1, '合计', {});
    [0, 1, 2].forEach((gi) => { const tr = numCell(sh, r, 2 + gi * 2, news[gi].reduce((s, x) => s + book._n.get(x), 0), 0); book.cons.push({ t: 'sum', target: tr, parts: news[gi], tol: 1e-9, kind: 'new' }); sh.set(r, 3 + gi * 2, '—', {}); });
    r++;
  }
  footer(sh, r + 1, ctx);
}

function addTypeSheet(book, ctx, name, totRenci) {
  const sh = book.sheet(name);
  const types = TYPES.filter((t) => t !== '文明引导' || chance(0.4));
  let r = titleBlock(sh, `在职党员志愿服务分类型情况表`, 6, ctx);
  const withShi = chance(0.6);
  const hdr = ['服务类型', '活动场次（场）', '参与人次', '构成（%）', '服务时长（小时）'];
  if (withShi) hdr.push('场均参与人次');
  hdr.forEach((h, j) => sh.set(r, 1 + j, h, {}));
  r++;
  const vals = types.map(() => ({ cc: ri(20, 400), rc: 0, h: 0 }));
  const weights = types.map((t) => (t === '其他' ? ri(1, 4) : ri(5, 30)));
  const ws = weights.reduce((a, b) => a + b, 0);
  const total = totRenci || ri(5000, 80000);
  let left = total;
  vals.forEach((v, i) => { v.rc = i === vals.length - 1 ? left : Math.floor(total * weights[i] / ws); left -= v.rc; v.h = v.rc * ri(2, 4) + ri(0, 50); v.cc = Math.max(1, Math.floor(v.rc / ri(8, 40))); });
  const totalFirst = chance(0.5);
  const T = { cc: vals.reduce((s, v) => s + v.cc, 0), rc: total, h: vals.reduce((s, v) => s + v.h, 0) };
  const write = (label, v, isTot) => {
    sh.set(r, 1, label, {});
    const a = numCell(sh, r, 2, v.cc, 0), b = numCell(sh, r, 3, v.rc, 0);
    const p = numCell(sh, r, 4, rhu(v.rc, T.rc, 1000), 1);
    const h = numCell(sh, r, 5, v.h, 0);
    let m; if (withShi) { m = numCell(sh, r, 6, rhu(v.rc, v.cc, 10), 1); book.cons.push({ t: 'mean', target: m, num: b, den: a, dp: 1 }); }
    r++;
    return { a, b, p, h };
  };
  let tr; const pr = [];
  if (totalFirst) tr = write('合计', T, true);
  vals.forEach((v, i) => pr.push(write(types[i], v)));
  if (!totalFirst) tr = write('合计', T, true);
  book.cons.push({ t: 'sum', target: tr.a, parts: pr.map((x) => x.a), tol: 1e-9 });
  book.cons.push({ t: 'sum', target: tr.b, parts: pr.map((x) => x.b), tol: 1e-9 });
  book.cons.push({ t: 'sum', target: tr.h, parts: pr.map((x) => x.h), tol: 1e-9 });
  pr.forEach((x) => book.cons.push({ t: 'rate', target: x.p, num: x.b, den: tr.b, dp: 1, kind: 'share' }));
  book.cons.push({ t: 'rate', target: tr.p, num: tr.b, den: tr.b, dp: 1, kind: 'share' });
  footer(sh, r + 1, ctx);
}

function addYoYSheet(book, ctx, name, tot) {
  const sh = book.sheet(name);
  let r = titleBlock(sh, `在职党员到社区报到工作同比情况`, 6, ctx);
  const withDiff = chance(0.5);
  const hdr = ['指标', '计量单位', `${ctx.year}年`, `${ctx.year - 1}年同期`].concat(withDiff ? ['增减量', '增减（%）'] : ['同比增减（%）']);
  hdr.forEach((h, j) => sh.set(r, 1 + j, h, {})); r++;
  const items = [['已报到党员', '名', tot.yi], ['其中：处级以上党员干部', '名', tot.chu], ['认领服务岗位', '个', tot.gangwei], ['参与志愿服务人次', '人次', tot.renci], ['服务时长', '小时', Math.round(tot.hours10 / 10)]];
  items.forEach(([lab, unit, cur]) => {
    if (cur <= 0) cur = ri(50, 300);
    const prevV = Math.max(1, Math.round(cur * (0.7 + R() * 0.5)));
    sh.set(r, 1, lab, {}); sh.set(r, 2, unit, {});
    const a = numCell(sh, r, 3, cur, 0), b = numCell(sh, r, 4, prevV, 0);
    let c = 5;
    if (withDiff) { const d = numCell(sh, r, c++, cur - prevV, 0, '0;-0'); book.cons.push({ t: 'diff', target: d, a, b }); }
    const ch = rhuSigned(cur - prevV, prevV);
    const p = numCell(sh, r, c, ch, 1, '0.0;-0.0');
    book.cons.push({ t: 'change', target: p, cur: a, prev: b, dp: 1 });
    r++;
  });
  footer(sh, r + 1, ctx);
}
function rhuSigned(num, den) { const s = num < 0 ? -1 : 1; return s * rhu(Math.abs(num), den, 1000); }

function addNarrative(book, ctx, tot) {
  const sh = book.sheet(pick(['文字说明', '情况说明', '工作小结']));
  const rate = (rhu(tot.yi, tot.ying, 1000) / 10).toFixed(1);
  const hours = Math.round(tot.hours10 / 10);
  const lines = [
    `${ctx.org}关于在职党员到社区报到工作开展情况的说明`,
    `一、基本情况。截至${ctx.year}年${ctx.month}月${ctx.day}日，全区应到社区报到在职党员${tot.ying}名，已报到${tot.yi}名，报到率${rate}%，其中处级以上党员干部${tot.chu}名。`,
    `二、服务开展情况。报到党员共认领服务岗位${tot.gangwei}个、认领项目${tot.xiangmu}个，参与志愿服务${tot.renci}人次，累计服务时长${hours}小时${book.mainMode === 'dec' ? '，人均服务时长' + (rhu(tot.hours10, tot.yi, 1) / 10).toFixed(1) + '小时' : ''}。`,
    `三、存在问题。个别单位党员报到后参与服务不够经常，部分社区需求清单与党员特长匹配度不高，下一步将结合“双报到”工作进一步抓好落实。`,
    `${ctx.org}`, `${ctx.year}年${ctx.month}月${ctx.day}日`,
  ];
  lines.forEach((l, i) => { sh.set(i + 1, 1, l, {}); if (i < 4) sh.merge(i + 1, 1, i + 1, 8); });
}

// ---------- plants ----------
function transposeDigits(n) {
  const s = String(n); const idx = [];
  for (let i = 0; i + 1 < s.length; i++) if (s[i] !== s[i + 1] && !(i === 0 && s[i + 1] === '0')) idx.push(i);
  if (!idx.length) return null;
  const i = pick(idx); return Number(s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2));
}
function plant(book, cellOf) {
  const consOf = (ref) => book.cons.filter((c) => [c.target, c.part, c.whole, c.num, c.den, c.a, c.b, c.cur, c.prev].includes(ref) || (c.parts || []).includes(ref));
  const opts = [];
  for (const c of book.cons) {
    if (c.t === 'sum' && c.kind !== 'cum') opts.push({ kind: 'total_off', ref: c.target }, { kind: 'transpose_total', ref: c.target });
    if (c.t === 'sum' && c.kind === 'cum') opts.push({ kind: 'cum_off', ref: c.target, c });
    if (c.t === 'rate' && c.kind !== 'share') opts.push({ kind: 'rate_off', ref: c.target });
    if (c.t === 'rate' && c.kind === 'share') opts.push({ kind: 'share_off', ref: c.target });
    if (c.t === 'mean') opts.push({ kind: 'mean_off', ref: c.target });
    if (c.t === 'le') opts.push({ kind: 'sub_gt_whole', ref: c.part, whole: c.whole });
    if (c.t === 'change') opts.push({ kind: 'change_off', ref: c.target });
    if (c.t === 'rate' && c.kind !== 'share') opts.push({ kind: 'leaf_transpose', ref: c.num });
  }
  const usable = opts.filter((o) => { const e = cellOf(o.ref); return e && e.num; });
  for (let tries = 0; tries < 50; tries++) {
    const o = pick(usable.filter((x) => x.kind === pick(['total_off', 'transpose_total', 'cum_off', 'rate_off', 'share_off', 'mean_off', 'sub_gt_whole', 'change_off', 'leaf_transpose']))) || pick(usable);
    const e = cellOf(o.ref); let nn = null, note = '';
    if (o.kind === 'total_off') { const d = pick([ri(2, 9), ri(10, 60), 100, 10, 1000]) * (chance(0.5) ? 1 : -1) * (e.dp ? Math.pow(10, e.dp) : 1); if (e.n + d > 0) { nn = e.n + d; note = `total off by ${d / Math.pow(10, e.dp)}`; } }
    if (o.kind === 'transpose_total' || o.kind === 'leaf_transpose') { const t = transposeDigits(e.n); if (t != null && Math.abs(t - e.n) >= (e.dp ? 10 : 2)) { nn = t; note = `${o.kind === 'leaf_transpose' ? 'row count' : 'total'} digits transposed ${e.n / Math.pow(10, e.dp)}→${t / Math.pow(10, e.dp)}`; } }
    if (o.kind === 'cum_off') { if (consOf(o.ref).length >= 2) { const d = ri(10, 300) * (chance(0.5) ? 1 : -1); if (e.n + d > 0) { nn = e.n + d; note = `cumulative off by ${d}`; } } }
    if (o.kind === 'rate_off' || o.kind === 'share_off' || o.kind === 'mean_off' || o.kind === 'change_off') {
      const unit = e.dp === 3 ? 1 : 1; // in units of last decimal
      const d = ri(4, 40) * (chance(0.5) ? 1 : -1);
      if ((e.n + d > 0 || o.kind === 'change_off') && !(o.kind === 'rate_off' && e.n + d > (e.dp === 3 ? 1000 : 1000))) { nn = e.n + d; note = `${o.kind.replace('_off', '')} off by ${d / Math.pow(10, e.dp) * (e.dp === 3 ? 100 : 1)}${e.dp === 3 ? ' pts' : ''}`; }
    }
    if (o.kind === 'sub_gt_whole') { const w = cellOf(o.whole); if (w && w.num) { nn = w.n + ri(1, Math.max(2, Math.floor(w.n * 0.3))); note = `其中 ${nn} > whole ${w.n}`; } }
    if (nn == null || nn === e.n) continue;
    e.n = nn; e.v = nn / Math.pow(10, e.dp);
    const [s, a] = o.ref.split('!');
    return { planted: { sheet: s, cell: a }, note: `${o.kind}: ${note}` };
  }
  throw new Error('no plant');
}

// ---------- write ----------
async function writeBook(book, file) {
  const wb = new ExcelJS.Workbook();
  for (const s of book.sheets) {
    const ws = wb.addWorksheet(s.name);
    for (const e of s.cells.values()) {
      const cell = ws.getCell(e.r, e.c);
      cell.value = e.v;
      if (e.fmt) cell.numFmt = e.fmt;
      if (e.title) { cell.font = { bold: true, size: 16 }; cell.alignment = { horizontal: 'center' }; }
      if (e.indent) cell.alignment = { indent: e.indent };
      if (e.bold) cell.font = { bold: true };
      if (e.num || e.hdr) cell.border = THIN;
    }
    for (const m of s.merges) ws.mergeCells(m[0], m[1], m[2], m[3]);
    ws.getColumn(1).width = 22;
    for (let c = 2; c <= s.maxC; c++) ws.getColumn(c).width = 13;
  }
  await wb.xlsx.writeFile(file);
}

async function makeSet(prefix, count, seed, outDir) {
  R = mulberry32(seed);
  fs.mkdirSync(path.join(DIR, outDir), { recursive: true });
  fs.mkdirSync(path.join(DIR, 'meta'), { recursive: true });
  const manifest = [];
  for (let k = 1; k <= count; k++) {
    const book = new Book(); book._n = new Map();
    const ctx = { org: pick(DISTRICTS) + pick(['委组织部', '委组织部', '直属机关工委']), year: pick([2022, 2023, 2024]), month: ri(1, 12), day: ri(1, 28) };
    const kinds = [];
    const main = pick(['flat', 'streetSum', 'subtotal', 'organ', 'flat', 'streetSum']);
    const cont = main !== 'organ' && main !== 'flat' ? chance(0.25) : chance(0.15);
    const { rows } = addIndicatorSheet(book, ctx, pick(['表1', 'Sheet1', '报到情况', '汇总表']), main === 'organ' ? `${ctx.org.slice(0, 3)}机关企事业单位在职党员到社区报到情况统计表` : `${ctx.org.slice(0, 3)}在职党员到社区报到及志愿服务情况统计表`, main, cont);
    const tot = rows.find((r) => r.role === 'total').u;
    if (chance(0.4)) addIndicatorSheet(book, ctx, '按系统', `机关单位在职党员报到情况（按系统）`, 'organ', false);
    if (chance(0.45)) addMonthlySheet(book, ctx, pick(['月度进展', '表2', '进度表']));
    if (chance(0.5)) addTypeSheet(book, ctx, pick(['服务类型', '表3', '分类统计']), chance(0.5) ? tot.renci : null);
    if (chance(0.4)) addYoYSheet(book, ctx, pick(['同比', '表4', '同比情况']), tot);
    if (chance(0.35)) addNarrative(book, ctx, tot);
    // fix duplicate sheet names
    const seen = new Set(); book.sheets.forEach((s, i) => { if (seen.has(s.name)) { const old = s.name; s.name = s.name + i; book.cons.forEach((c) => { for (const key of Object.keys(c)) { if (typeof c[key] === 'string' && c[key].startsWith(old + '!')) c[key] = s.name + c[key].slice(old.length); if (Array.isArray(c[key])) c[key] = c[key].map((x) => (x.startsWith(old + '!') ? s.name + x.slice(old.length) : x)); } }); } seen.add(s.name); });
    const cellOf = (ref) => { const [sn, a] = ref.split('!'); const s = book.sheets.find((x) => x.name === sn); const m = a.match(/^([A-Z]+)(\d+)$/); let c = 0; for (const ch of m[1]) c = c * 26 + ch.charCodeAt(0) - 64; return s && s.get(+m[2], c); };
    let entry = { planted: null, note: 'clean' };
    if (k % 2 === 0) entry = plant(book, cellOf);
    const file = `${outDir}/${prefix}${String(k).padStart(3, '0')}.xlsx`;
    await writeBook(book, path.join(DIR, file));
    fs.writeFileSync(path.join(DIR, 'meta', path.basename(file) + '.json'), JSON.stringify(book.cons));
    manifest.push({ file, planted: entry.planted, note: entry.note });
  }
  return manifest;
}

(async () => {
  const m1 = await makeSet('c', 45, 7901, 'cases');
  fs.writeFileSync(path.join(DIR, 'manifest.json'), JSON.stringify(m1, null, 1));
  const m2 = await makeSet('p', 100, 7902, 'probe');
  fs.writeFileSync(path.join(DIR, 'probe/manifest.json'), JSON.stringify(m2, null, 1));
  console.log('ok', m1.length, m2.length);
})();
