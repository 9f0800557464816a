// node gen.js SET SEED N PLANTFRACTION [VARIANT]
const ExcelJS = require('exceljs'); const fs = require('fs'); const path = require('path');
const [, , SET, SEEDS, NS, PFS, VS] = process.argv;
const SEED = +SEEDS, N = +NS, PF = +PFS, VARIANT = +(VS || 0);
const ROOT = '/tmp/round126a', OUT = path.join(ROOT, SET), RELD = path.join(ROOT, 'rel');
fs.mkdirSync(OUT, { recursive: true }); fs.mkdirSync(RELD, { recursive: true });
function mulberry(a) { return () => { a |= 0; a = a + 0x6D2B79F5 | 0; let t = Math.imul(a ^ a >>> 15, 1 | a); t = t + Math.imul(t ^ t >>> 7, 61 | t) ^ t; return ((t ^ t >>> 14) >>> 0) / 4294967296; }; }
let R; const rnd = () => R(); const ri = (a, b) => a + Math.floor(R() * (b - a + 1)); const pick = (a) => a[Math.floor(R() * a.length)]; const ch = (p) => R() < p;
const shuffle = (a) => { a = a.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(R() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; };
const colL = (c) => { let s = ''; while (c > 0) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s; };
const A = (r, c) => colL(c) + r;
const rd = (x, d) => { const f = 10 ** d; return Math.round((x + (x >= 0 ? 1e-9 : -1e-9)) * f) / f; };
const DASH = () => pick(['—', '-', '—', '…']);
class Sh {
  constructor(name) { this.name = name; this.im = pick([0, 1, 2]); this.cells = {}; this.merges = []; this.rels = []; this.maxc = 1; }
  set(r, c, v, o = {}) { this.cells[A(r, c)] = { r, c, v, ...o }; if (c > this.maxc) this.maxc = c; return A(r, c); }
  num(r, c, v, d = 0, o = {}) { // a figure; occasionally typed as text
    const asText = o.text !== undefined ? o.text : (d === 0 && ch(0.015));
    return this.set(r, c, asText ? v.toFixed(d) : v, { fmt: d ? '0.' + '0'.repeat(d) : (v >= 10000 && ch(0.5) ? '#,##0' : '0'), isnum: true, d, ...o });
  }
  merge(r1, c1, r2, c2) { if (r1 !== r2 || c1 !== c2) this.merges.push([r1, c1, r2, c2]); }
  rel(x) { this.rels.push(x); }
}
const unitFmt = (u, st) => u ? (st === 0 ? `（${u}）` : `(${u})`) : '';
// header writer: cols = [{name, unit, group}] ; first label col at c=1
function header(sh, r0, labelName, cols, opts) {
  const mode = opts.mode, st = opts.ust, unitRow = opts.unitRow;
  const hasGroup = cols.some((c) => c.group);
  let rows = mode === 1 || !hasGroup ? 1 : 2; if (mode === 3) rows = hasGroup ? 3 : 2;
  const useUnitRow = mode === 3;
  sh.set(r0, 1, labelName, { bold: true }); sh.merge(r0, 1, r0 + rows - 1, 1);
  let c = 2;
  const nameRows = useUnitRow ? rows - 1 : rows;
  for (let i = 0; i < cols.length; i++) {
    const col = cols[i]; const cc = c + i;
    const txt = col.name + (useUnitRow || unitRow ? '' : unitFmt(col.unit, st));
    if (col.group && nameRows === 2) {
      if (i === 0 || cols[i - 1].group !== col.group) { let j = i; while (j + 1 < cols.length && cols[j + 1].group === col.group) j++; sh.set(r0, cc, col.group, { bold: true }); sh.merge(r0, cc, r0, c + j); }
      sh.set(r0 + 1, cc, txt, { bold: true });
    } else { sh.set(r0, cc, col.gname || txt, { bold: true }); sh.merge(r0, cc, r0 + nameRows - 1, cc); }
    if (useUnitRow) sh.set(r0 + rows - 1, cc, col.unit || '', { bold: true });
  }
  return r0 + rows;
}
const COUNTIES = ['城关区', '开发区', '高新区', '东城区', '西城区', '南山县', '北川县', '青河县', '临江市', '白水县', '石门县', '永安县', '桃源县', '长乐区', '金川区'];
const DEPTS = ['市住建局', '市人社局', '市市场监管局', '市城管局', '市公安局', '市交通运输局', '市教育局', '市卫健委', '市自然资源局', '市生态环境局', '市医保局', '市民政局'];
const UTIL = ['供电公司', '自来水公司', '燃气公司', '通信公司', '公交公司'];
const PROV = ['省会市', '东江市', '西岭市', '南平市', '北湖市', '安阳市', '清远市', '云川市', '石城市', '兰溪市'];
function indentLabel(sh, r, label, lvl) {
  if (!lvl) return sh.set(r, 1, label);
  const k = sh.im;
  if (k === 0) return sh.set(r, 1, '  '.repeat(lvl) + label);
  if (k === 1) return sh.set(r, 1, label, { indent: lvl });
  return sh.set(r, 1, '\u3000'.repeat(lvl) + label);
}
const Y = () => ri(2019, 2024); const M = () => ri(3, 12);
function titleBlock(sh, title, unitLine) {
  let r = 1; sh.set(r++, 1, title, { bold: true, title: true });
  if (unitLine) sh.set(r++, 1, unitLine);
  else if (ch(0.3)) r++;
  return r;
}
const totName = (lvl) => pick(lvl === 'county' ? ['合计', '全县', '总计'] : lvl === 'city' ? ['合计', '全市', '总计', '全市合计'] : ['合计', '全省', '总计']);
// ---------------- layout 1: by department / county ----------------
function L1(sh, ctx) {
  const y = ctx.y, m = ctx.m; const lvl = pick(['county', 'city', 'prov']);
  let groups;
  if (lvl === 'city' && ch(0.4)) groups = [{ name: pick(['市直部门', '市直单位']), kids: shuffle(DEPTS).slice(0, ri(3, 6)) }, { name: '县（市、区）', kids: shuffle(COUNTIES).slice(0, ri(3, 6)) }, ...(ch(0.4) ? [{ name: '公共服务企业', kids: shuffle(UTIL).slice(0, ri(2, 3)) }] : [])];
  else groups = [{ name: null, kids: lvl === 'prov' ? shuffle(PROV).slice(0, ri(4, 9)) : lvl === 'county' ? shuffle(['城关镇', '河口镇', '石桥镇', '新集乡', '杨柳镇', '王庄乡', '县住建局', '县人社局']).slice(0, ri(4, 7)) : shuffle(COUNTIES).slice(0, ri(4, 10)) }];
  const two = ch(VARIANT ? 0.45 : 0.3);
  const big = lvl === 'prov' ? 20 : 1;
  const mk = () => { const a = ri(30, 3000) * big; const b = a - ri(0, Math.floor(a * 0.08)); const c = b - ri(0, Math.floor(b * 0.06)); const v = ch(0.08) ? 0 : Math.round(b * (0.3 + rnd() * 0.6)); const s = v - ri(0, Math.floor(v * 0.1)); const p = Math.round(a * (0.7 + rnd() * 0.6)); const pb = p - ri(0, Math.floor(p * 0.1)); const pop = ri(50000, 900000) * (big > 1 ? 8 : 1); return { a, b, c, v, s, p, pb, pop }; };
  const uU = pick(['件', '个', '件次']);
  let cols;
  const gA = pick(['受理情况', '受理']), gB = pick(['办结情况', '办理情况']);
  if (two) {
    const g1 = pick([`${y}年1-${m}月`, '本期', `${y}年`]), g2 = pick(['上年同期', `${y - 1}年1-${m}月`, `${y - 1}年`]);
    cols = [{ k: 'a', name: '受理量', unit: uU, group: g1 }, { k: 'b', name: '办结量', unit: uU, group: g1 }, { k: 'rb', name: '办结率', unit: '%', group: g1 },
      { k: 'p', name: '受理量', unit: uU, group: g2 }, { k: 'pb', name: '办结量', unit: uU, group: g2 }, { k: 'rpb', name: '办结率', unit: '%', group: g2 },
      { k: 'g', name: '受理量增长', unit: '%', group: pick(['增减情况', '比上年同期']) }, { k: 'dp', name: '办结率增减', unit: '百分点', group: pick(['增减情况', '比上年同期']) }];
    if (ch(0.5)) cols = cols.map((c) => ({ ...c, group: c.k === 'g' || c.k === 'dp' ? null : c.group, name: c.k === 'g' ? pick(['受理量增长', '受理量同比']) : c.name }));
  } else {
    cols = [{ k: 'a', name: pick(['受理量', '受理总量', '来电受理量']), unit: uU, group: gA }];
    if (ch(0.5)) cols.push({ k: 'p', name: '上年同期', unit: uU, group: gA }, { k: 'g', name: pick(['同比增长', '增长', '增减']), unit: '%', group: gA });
    cols.push({ k: 'b', name: '办结量', unit: uU, group: gB });
    const ontime = ch(0.6);
    if (ontime) cols.push({ k: 'c', name: pick(['其中：按期办结', '#按期办结', '按期办结量']), unit: uU, group: gB, sub: true });
    cols.push({ k: 'rb', name: '办结率', unit: '%', group: gB });
    if (ontime && ch(0.6)) cols.push({ k: 'rc', name: '按期办结率', unit: '%', group: gB });
    if (ch(0.6)) { const gC = pick(['回访情况', '满意度']); cols.push({ k: 'v', name: '回访量', unit: uU, group: gC }); if (ch(0.6)) cols.push({ k: 's', name: '满意量', unit: uU, group: gC }); cols.push({ k: 'rs', name: '满意率', unit: '%', group: gC }); }
    if (ch(VARIANT ? 0.35 : 0.15)) cols.push({ k: 'pop', name: '常住人口', unit: '万人', group: null }, { k: 'pk', name: '每千人来电量', unit: '‰', group: null });
    if (!ch(0.6)) cols = cols.map((c) => ({ ...c, group: null }));
  }
  const rd1 = pick([1, 1, 1, 2]);
  const unitLine = ch(0.4) ? pick([`单位：${uU}、%`, `单位：${uU}`, '']) : '';
  const ust = ri(0, 1); const mode = pick(VARIANT ? [1, 2, 3, 3] : [1, 2, 2, 3]);
  let r = titleBlock(sh, `${pick(['', '表' + ri(1, 9) + '  '])}${y}年${two || ch(0.5) ? '1-' + m + '月' : ''}12345政务服务便民热线${pick(['受理办理情况', '分单位办理情况', '诉求办理情况', '运行情况'])}`, unitLine);
  r = header(sh, r, pick(lvl === 'prov' ? ['地区', '市州', '地  区'] : ['单位', '承办单位', '地区', '县（市、区）', '项目']), cols, { mode, ust, unitRow: false });
  // build rows
  const leaves = []; const rowsSpec = [];
  const totTop = ch(VARIANT ? 0.4 : 0.65);
  const tot = { label: totName(lvl), kind: 'tot' };
  if (totTop) rowsSpec.push(tot);
  const hashSub = ch(0.3);
  for (const g of groups) {
    let gs = null; if (g.name) { gs = { label: (hashSub ? '#' : '') + g.name, kind: 'sub', kids: [] }; rowsSpec.push(gs); }
    for (const k of g.kids) { const row = { label: k, kind: 'leaf', d: mk(), lvl: g.name ? 1 : 0 }; rowsSpec.push(row); leaves.push(row); if (gs) gs.kids.push(row); }
  }
  if (!totTop) rowsSpec.push(tot);
  const sumK = ['a', 'b', 'c', 'v', 's', 'p', 'pb', 'pop'];
  for (const s of rowsSpec.filter((x) => x.kind === 'sub')) { s.d = {}; for (const k of sumK) s.d[k] = s.kids.reduce((t, x) => t + x.d[k], 0); }
  tot.d = {}; for (const k of sumK) tot.d[k] = leaves.reduce((t, x) => t + x.d[k], 0);
  tot.kids = groups[0].name ? rowsSpec.filter((x) => x.kind === 'sub') : leaves;
  const colOf = {}; cols.forEach((c, i) => { colOf[c.k] = i + 2; });
  for (const row of rowsSpec) {
    row.r = r; const lvl2 = row.kind === 'leaf' ? row.lvl : 0;
    if (row.kind === 'leaf') indentLabel(sh, r, row.label, lvl2); else sh.set(r, 1, row.label, { bold: row.kind === 'tot' });
    const d = row.d; const shown = {};
    for (const c of cols) {
      const cc = colOf[c.k];
      const cnt = (k) => { if (d[k] === 0 && ch(0.5)) { sh.set(r, cc, DASH()); shown[k] = 0; return; } sh.num(r, cc, d[k]); shown[k] = d[k]; };
      if (['a', 'b', 'c', 'v', 's', 'p', 'pb'].includes(c.k)) cnt(c.k);
      else if (c.k === 'pop') { shown.pop = rd(d.pop / 10000, 2); sh.num(r, cc, shown.pop, 2); }
    }
    row.shown = shown;
    const rate = (k, num, den, kk = 100, dd = rd1, nm = 'rate') => {
      if (!(k in colOf)) return; const cc = colOf[k];
      const nv = num in colOf ? row.shown[num] : d[num], dv = den in colOf ? row.shown[den] : d[den];
      if (!dv) { sh.set(r, cc, DASH()); return; }
      const val = rd(nv / dv * kk, dd); sh.num(r, cc, val, dd);
      if (num in colOf && den in colOf) sh.rel({ type: 'rate', cell: A(r, cc), num: A(r, colOf[num]), den: A(r, colOf[den]), k: kk, tol: 0.5 * 10 ** -dd + 1e-9 });
      row.shown[k] = val;
    };
    rate('rb', 'b', 'a'); rate('rc', 'c', 'b'); rate('rs', 's', 'v'); rate('rpb', 'pb', 'p');
    if ('pk' in colOf) rate('pk', 'a', 'pop', 0.1, 2);
    if ('g' in colOf) { const cc = colOf.g; if (!row.shown.p) sh.set(r, cc, DASH()); else { const v = rd((row.shown.a / row.shown.p - 1) * 100, 1); sh.num(r, cc, v, 1); sh.rel({ type: 'growth', cell: A(r, cc), cur: A(r, colOf.a), prev: A(r, colOf.p), tol: 0.05 + 1e-9 }); } }
    if ('dp' in colOf) { const cc = colOf.dp; if (row.shown.rb === undefined || row.shown.rpb === undefined) sh.set(r, cc, DASH()); else { const v = rd(row.shown.rb - row.shown.rpb, rd1); sh.num(r, cc, v, rd1); sh.rel({ type: 'diff', cell: A(r, cc), a: A(r, colOf.rb), b: A(r, colOf.rpb), tol: 0.5 * 10 ** -rd1 + 1e-9 }); } }
    if ('c' in colOf && 'b' in colOf) sh.rel({ type: 'le', part: A(r, colOf.c), whole: A(r, colOf.b), tol: 0 });
    if ('s' in colOf && 'v' in colOf) sh.rel({ type: 'le', part: A(r, colOf.s), whole: A(r, colOf.v), tol: 0 });
    r++;
  }
  // sums
  for (const k of ['a', 'b', 'c', 'v', 's', 'p', 'pb', 'pop']) {
    if (!(k in colOf)) continue; const cc = colOf[k];
    const tolOf = (n) => k === 'pop' ? 0.005 * n + 1e-9 : 0;
    for (const s of rowsSpec.filter((x) => x.kind === 'sub')) sh.rel({ type: 'sum', total: A(s.r, cc), parts: s.kids.map((x) => A(x.r, cc)), tol: tolOf(s.kids.length) });
    sh.rel({ type: 'sum', total: A(tot.r, cc), parts: tot.kids.map((x) => A(x.r, cc)), tol: tolOf(leaves.length) });
  }
  return r;
}
// ---------------- layout 2: by category / channel ----------------
function L2(sh, ctx) {
  const y = ctx.y, m = ctx.m;
  const sets = [
    { lab: pick(['诉求类别', '类  别', '分类', '项目']), cats: ['咨询', '求助', '投诉', '建议', '举报', '表扬', '其他'], sub: { parent: '投诉', names: ['涉企投诉', '消费投诉'] } },
    { lab: pick(['受理渠道', '渠道']), cats: ['电话', '网站', '微信公众号', '手机APP', '短信', '“好差评”系统'], sub: { parent: '电话', names: ['人工接听', '智能语音'] } },
    { lab: pick(['诉求领域', '领域']), cats: ['城乡建设', '劳动保障', '市场监管', '交通运输', '教育', '卫生健康', '生态环境', '农业农村', '公共事业', '其他'], sub: { parent: '城乡建设', names: ['物业管理', '房屋质量'] } },
    { lab: pick(['信访形式', '形式']), cats: ['来信', '来访', '网上信访', '电话信访'], sub: { parent: '来访', names: ['集体访'] } },
  ];
  const S = pick(sets); const xf = S.cats.includes('来信');
  const cats = S.cats.map((n) => { const cum = ri(0, 6) === 0 ? ri(0, 40) : ri(100, 30000); const mon = Math.min(cum, Math.round(cum / m * (0.5 + rnd()))); const prev = cum < 40 && ch(0.4) ? 0 : Math.round(cum * (0.6 + rnd() * 0.8)); return { n, cum, mon, prev }; });
  const withSub = ch(0.65); const subs = [];
  const uU = xf ? pick(['件', '件次']) : pick(['件', '个']);
  let cols = [];
  if (ch(0.7)) cols.push({ k: 'mon', name: pick(['本月', `${m}月`]), unit: uU });
  cols.push({ k: 'cum', name: pick([`1-${m}月累计`, `1-${m}月`, '本年累计']), unit: uU });
  const wp = ch(0.75);
  if (wp) cols.push({ k: 'prev', name: pick(['上年同期', `${y - 1}年1-${m}月`, '去年同期累计']), unit: uU }, { k: 'g', name: pick(['同比增长', '增长', '增减', '比上年同期增减']), unit: '%' });
  if (ch(0.6)) cols.push({ k: 'sh', name: pick(['占比', '比重', '构成']), unit: '%' });
  const grp = ch(0.35) ? pick(['受理量', '来电量', '诉求量']) : null; cols = cols.map((c) => ({ ...c, group: c.k === 'sh' ? null : grp }));
  const ust = ri(0, 1), mode = pick([1, 2, 3]);
  let r = titleBlock(sh, `${y}年${m}月${xf ? '信访事项' : '12345热线'}${pick(['分类受理情况', '按' + S.lab.replace(/\s/g, '') + '统计', '受理量构成'])}`, ch(0.4) ? `单位：${uU}` : '');
  r = header(sh, r, S.lab, cols, { mode, ust });
  const colOf = {}; cols.forEach((c, i) => { colOf[c.k] = i + 2; });
  const tot = { n: totName('city'), cum: 0, mon: 0, prev: 0, tot: true }; for (const c of cats) for (const k of ['cum', 'mon', 'prev']) tot[k] += c[k];
  const rows = []; const totTop = ch(0.7); if (totTop) rows.push(tot);
  for (const c of cats) {
    rows.push(c);
    if (withSub && c.n === S.sub.parent) {
      const nm = pick(S.sub.names); const s = { n: nm, parentRow: c, sub: true }; for (const k of ['cum', 'mon', 'prev']) s[k] = Math.round(c[k] * (0.1 + rnd() * 0.6)); s.mon = Math.min(s.mon, s.cum);
      s.lab = pick([`其中：${nm}`, `#${nm}`, `  其中：${nm}`, `其中:${nm}`]); rows.push(s); subs.push(s);
    }
  }
  if (!totTop) rows.push(tot);
  const rdS = pick([1, 1, 2]); const catInd = totTop && ch(0.5) ? 1 : 0;
  for (const row of rows) {
    row.r = r; if (row.sub) sh.set(r, 1, row.lab, row.lab.startsWith(' ') ? {} : (ch(0.5) ? { indent: 1 } : {})); else if (row.tot) sh.set(r, 1, row.n, { bold: true }); else indentLabel(sh, r, row.n, catInd);
    const sv = {};
    for (const k of ['mon', 'cum', 'prev']) if (k in colOf) { if (row[k] === 0 && ch(0.6)) { sh.set(r, colOf[k], DASH()); sv[k] = 0; } else { sh.num(r, colOf[k], row[k]); sv[k] = row[k]; } }
    if ('g' in colOf) { if (!sv.prev) sh.set(r, colOf.g, DASH()); else { sh.num(r, colOf.g, rd((sv.cum / sv.prev - 1) * 100, 1), 1); sh.rel({ type: 'growth', cell: A(r, colOf.g), cur: A(r, colOf.cum), prev: A(r, colOf.prev), tol: 0.05 + 1e-9 }); } }
    if ('sh' in colOf) { const v = rd(row.cum / tot.cum * 100, rdS); if (row.tot && ch(0.5)) sh.num(r, colOf.sh, 100, rdS); else sh.num(r, colOf.sh, v, rdS); if (!row.tot) sh.rel({ type: 'rate', cell: A(r, colOf.sh), num: A(r, colOf.cum), den: 'TOT', k: 100, tol: 0.5 * 10 ** -rdS + 1e-9 }); }
    if ('mon' in colOf) sh.rel({ type: 'le', part: A(r, colOf.mon), whole: A(r, colOf.cum), tol: 0 });
    r++;
  }
  for (const x of sh.rels) if (x.den === 'TOT') x.den = A(tot.r, colOf.cum);
  for (const k of ['mon', 'cum', 'prev']) if (k in colOf) {
    const cc = colOf[k]; sh.rel({ type: 'sum', total: A(tot.r, cc), parts: cats.map((c) => A(c.r, cc)), tol: 0 });
    for (const s of subs) sh.rel({ type: 'le', part: A(s.r, cc), whole: A(s.parentRow.r, cc), tol: 0 });
  }
  if ('sh' in colOf && !rdS) {}
  return r;
}
// ---------------- layout 3: years ----------------
function L3(sh, ctx) {
  const n = ri(4, 9), y1 = ctx.y; const years = []; for (let i = n - 1; i >= 0; i--) years.push(y1 - i);
  let a = ri(20000, 900000); const D = years.map(() => { a = Math.round(a * (0.85 + rnd() * 0.5)); const b = a - ri(0, Math.floor(a * 0.06)); const v = Math.round(b * (0.3 + rnd() * 0.5)); const s = v - ri(0, Math.floor(v * 0.08)); return { a, b, v, s }; });
  const rows = ch(VARIANT ? 0.3 : 0.5); // years as rows
  const rdR = pick([1, 1, 2]);
  let r = titleBlock(sh, `${pick(['', '表' + ri(1, 20) + ' '])}${years[0]}-${y1}年12345政务服务便民热线${pick(['主要指标', '运行情况', '受理办结情况'])}`, '');
  const ind = [{ k: 'a', name: pick(['受理量', '来电受理量', '诉求受理量']), unit: '件' }, { k: 'ga', name: '受理量比上年增长', unit: '%' }, { k: 'b', name: '办结量', unit: '件' }, { k: 'rb', name: '办结率', unit: '%' }, { k: 'v', name: '回访量', unit: '件' }, { k: 's', name: '满意量', unit: '件' }, { k: 'rs', name: '满意率', unit: '%' }, { k: 'drs', name: '满意率比上年增减', unit: '百分点' }]
    .filter((x) => ['a', 'b', 'rb'].includes(x.k) || ch(0.6));
  if (ind.some((x) => x.k === 'drs') && !ind.some((x) => x.k === 'rs')) ind.splice(ind.findIndex((x) => x.k === 'drs'), 1);
  if (ind.some((x) => x.k === 's') && !ind.some((x) => x.k === 'v')) ind.splice(ind.findIndex((x) => x.k === 's'), 1);
  const pos = {}; // pos[k][i] -> addr
  const val = {};
  const put = (k, i, rr, cc) => {
    pos[k] = pos[k] || []; const d = D[i];
    if (['a', 'b', 'v', 's'].includes(k)) { sh.num(rr, cc, d[k]); val[k + i] = d[k]; }
    else if (k === 'rb' || k === 'rs') { const [nu, de] = k === 'rb' ? ['a', 'b'] : ['v', 's']; const v = rd(d[k === 'rb' ? 'b' : 's'] / d[k === 'rb' ? 'a' : 'v'] * 100, rdR); sh.num(rr, cc, v, rdR); val[k + i] = v; }
    else if (k === 'ga') { if (i === 0) { sh.set(rr, cc, DASH()); } else { const v = rd((D[i].a / D[i - 1].a - 1) * 100, 1); sh.num(rr, cc, v, 1); } }
    else if (k === 'drs') { if (i === 0) sh.set(rr, cc, DASH()); else { const v = rd(val['rs' + i] - val['rs' + (i - 1)], rdR); sh.num(rr, cc, v, rdR); } }
    pos[k][i] = A(rr, cc);
  };
  if (rows) {
    const cols = ind.map((x) => ({ ...x }));
    r = header(sh, r, pick(['年份', '年  份', '年度']), cols, { mode: pick([1, 3]), ust: ri(0, 1) });
    years.forEach((yy, i) => { sh.set(r, 1, ch(0.5) ? `${yy}年` : yy); ind.forEach((x, j) => put(x.k, i, r, j + 2)); r++; });
  } else {
    const hasUnitCol = ch(0.6); const subInd = ch(0.3);
    sh.set(r, 1, pick(['指标', '项目', '指  标'])); let c0 = 2; if (hasUnitCol) { sh.set(r, 2, '计量单位'); c0 = 3; }
    years.forEach((yy, i) => sh.set(r, c0 + i, ch(0.5) ? `${yy}年` : yy)); r++;
    for (const x of ind) { const lab = hasUnitCol ? x.name : x.name + unitFmt(x.unit, ri(0, 1)); indentLabel(sh, r, lab, ['b', 's', 'v'].includes(x.k) && subInd ? 1 : 0); if (hasUnitCol) sh.set(r, 2, x.unit); years.forEach((yy, i) => put(x.k, i, r, c0 + i)); r++; }
  }
  for (let i = 0; i < n; i++) {
    const has = (k) => pos[k] && pos[k][i];
    if (has('rb')) sh.rel({ type: 'rate', cell: pos.rb[i], num: pos.b[i], den: pos.a[i], k: 100, tol: 0.5 * 10 ** -rdR + 1e-9 });
    if (has('rs') && has('s')) sh.rel({ type: 'rate', cell: pos.rs[i], num: pos.s[i], den: pos.v[i], k: 100, tol: 0.5 * 10 ** -rdR + 1e-9 });
    if (has('s')) sh.rel({ type: 'le', part: pos.s[i], whole: pos.v[i], tol: 0 });
    if (has('v')) sh.rel({ type: 'le', part: pos.v[i], whole: pos.b[i], tol: 0 });
    sh.rel({ type: 'le', part: pos.b[i], whole: pos.a[i], tol: 0 });
    if (i > 0 && has('ga')) sh.rel({ type: 'growth', cell: pos.ga[i], cur: pos.a[i], prev: pos.a[i - 1], tol: 0.05 + 1e-9 });
    if (i > 0 && has('drs')) sh.rel({ type: 'diff', cell: pos.drs[i], a: pos.rs[i], b: pos.rs[i - 1], tol: 0.5 * 10 ** -rdR + 1e-9 });
  }
  return r;
}
// ---------------- layout 4: 信访 by county ----------------
function L4(sh, ctx) {
  const y = ctx.y; const lvl = pick(['county', 'city']);
  const units = lvl === 'county' ? shuffle(['城关镇', '河口镇', '石桥镇', '新集乡', '杨柳镇', '王庄乡', '柳河镇', '三岔乡']).slice(0, ri(4, 8)) : shuffle(COUNTIES).slice(0, ri(4, 10));
  const D = units.map((n) => { const l = ri(0, 400), vb = ri(0, 300), w = ri(10, 900); const vp = vb + ri(0, vb * 2); const jt = ri(0, Math.floor(vb * 0.2)); const t = l + vb + w; const pt = Math.round(t * (0.7 + rnd() * 0.6)); const ti = t - ri(0, Math.floor(t * 0.05)); return { n, l, vb, vp, jt, w, t, pt, ti }; });
  const tot = { n: totName(lvl) }; for (const k of ['l', 'vb', 'vp', 'jt', 'w', 't', 'pt', 'ti']) tot[k] = D.reduce((s, x) => s + x[k], 0);
  const gq = pick(['其中', '按形式分']);
  let cols = [{ k: 't', name: pick(['信访总量', '信访事项', '合计']), unit: '件次', gname: pick(['信访总量（件次）', '信访总量']) }, { k: 'l', name: '来信', unit: '件', group: gq }, { k: 'vb', name: '来访批次', unit: '批', group: gq }, { k: 'w', name: '网上信访', unit: '件', group: gq }];
  cols[0].gname = cols[0].name + unitFmt('件次', 0);
  const wvp = ch(0.6), wjt = ch(0.6), wpt = ch(0.6), wti = ch(0.5);
  if (wvp) cols.push({ k: 'vp', name: '来访人次', unit: '人次', group: null });
  if (wjt) cols.push({ k: 'jt', name: pick(['其中：集体访', '#集体访批次', '集体访批次']), unit: '批', group: null });
  if (wpt) cols.push({ k: 'pt', name: '上年同期总量', unit: '件次', group: null }, { k: 'g', name: pick(['同比增减', '增长']), unit: '%', group: null });
  if (wti) cols.push({ k: 'ti', name: '及时受理量', unit: '件', group: null }, { k: 'rti', name: '及时受理率', unit: '%', group: null });
  if (ch(0.3)) { const w = cols.splice(3, 1)[0]; cols.splice(1, 0, w); } // order of parts varies
  const mode = pick([1, 2, 2]);
  if (mode === 1) cols = cols.map((c) => ({ ...c, group: null }));
  let r = titleBlock(sh, `${y}年${pick(['各县（市、区）', '各乡镇', '分地区'])}信访${pick(['情况统计', '事项受理情况', '总量'])}`, ch(0.5) ? '单位：件、批、人次' : '');
  r = header(sh, r, pick(['地区', '单位', '县（市、区）']), cols, { mode, ust: ri(0, 1) });
  const colOf = {}; cols.forEach((c, i) => { colOf[c.k] = i + 2; });
  const rows = ch(0.6) ? [tot, ...D] : [...D, tot]; const unitInd = rows[0] === tot && ch(0.3) ? 1 : 0;
  for (const row of rows) {
    row.r = r; if (row === tot) sh.set(r, 1, row.n, { bold: true }); else indentLabel(sh, r, row.n, unitInd);
    for (const k of ['t', 'l', 'vb', 'w', 'vp', 'jt', 'pt', 'ti']) if (k in colOf) { if (row[k] === 0 && ch(0.6)) sh.set(r, colOf[k], DASH()); else sh.num(r, colOf[k], row[k]); }
    if ('g' in colOf) { if (!row.pt) sh.set(r, colOf.g, DASH()); else { sh.num(r, colOf.g, rd((row.t / row.pt - 1) * 100, 1), 1); sh.rel({ type: 'growth', cell: A(r, colOf.g), cur: A(r, colOf.t), prev: A(r, colOf.pt), tol: 0.05 + 1e-9 }); } }
    if ('rti' in colOf) { sh.num(r, colOf.rti, rd(row.ti / row.t * 100, 1), 1); sh.rel({ type: 'rate', cell: A(r, colOf.rti), num: A(r, colOf.ti), den: A(r, colOf.t), k: 100, tol: 0.05 + 1e-9 }); }
    sh.rel({ type: 'sum', total: A(r, colOf.t), parts: ['l', 'vb', 'w'].map((k) => A(r, colOf[k])), tol: 0 });
    if (wvp) sh.rel({ type: 'le', part: A(r, colOf.vb), whole: A(r, colOf.vp), tol: 0 });
    if (wjt) sh.rel({ type: 'le', part: A(r, colOf.jt), whole: A(r, colOf.vb), tol: 0 });
    r++;
  }
  for (const k of ['t', 'l', 'vb', 'w', 'vp', 'jt', 'pt', 'ti']) if (k in colOf) sh.rel({ type: 'sum', total: A(tot.r, colOf[k]), parts: D.map((x) => A(x.r, colOf[k])), tol: 0 });
  return r;
}
const NOTES = ['注：办结率=办结量÷受理量×100%。', '注：1.本表数据来源于12345政务服务便民热线工单系统。2.满意率=满意量÷回访量×100%。', '注：“—”表示无数据或不适用。', '注：受理量含转办、直办工单。', '资料来源：市政务服务和大数据管理局', '注：同比增长按可比口径计算。'];
async function book(i) {
  R = mulberry(SEED * 100003 + i * 7919 + VARIANT * 13);
  const wb = new ExcelJS.Workbook(); const ns = pick([1, 1, 2, 2, 3, 4]); const sheets = [];
  const ctx = { y: Y(), m: M() };
  const used = new Set();
  for (let s = 0; s < ns; s++) {
    const L = pick([L1, L1, L2, L3, L4]);
    let name = pick(['表' + (s + 1), 'Sheet' + (s + 1), { L1: '分单位', L2: '分类别', L3: '历年', L4: '信访' }[L.name] + (s + 1), '12345热线' + (s + 1)]);
    if (used.has(name)) name = name + '_' + s; used.add(name);
    const sh = new Sh(name); let r = L(sh, ctx);
    if (ch(0.5)) { r += ch(0.5) ? 1 : 0; sh.set(r, 1, pick(NOTES)); if (ch(0.3)) sh.set(r + 1, 1, pick(NOTES)); }
    sheets.push(sh);
  }
  const fname = `${SET}_${SEED}_${String(i).padStart(3, '0')}${VARIANT ? 'v' + VARIANT : ''}.xlsx`;
  const plants = [];
  if (i < Math.round(N * PF)) plants.push(plant(sheets));
  for (const sh of sheets) {
    const ws = wb.addWorksheet(sh.name);
    for (const a in sh.cells) { const x = sh.cells[a]; const cell = ws.getCell(a); cell.value = x.v; if (x.fmt && typeof x.v === 'number') cell.numFmt = x.fmt; if (x.bold) cell.font = { bold: true }; if (x.indent) cell.alignment = { indent: x.indent }; if (x.isnum && typeof x.v === 'string') cell.alignment = { horizontal: 'right' }; }
    for (const [r1, c1, r2, c2] of sh.merges) ws.mergeCells(r1, c1, r2, c2);
    const title = Object.values(sh.cells).find((x) => x.title); if (title && ch(0.6)) ws.mergeCells(1, 1, 1, sh.maxc);
    ws.getColumn(1).width = 18;
  }
  await wb.xlsx.writeFile(path.join(OUT, fname));
  fs.writeFileSync(path.join(RELD, fname + '.json'), JSON.stringify(sheets.map((s) => ({ sheet: s.name, rels: s.rels })), null, 0));
  return { file: fname, plants };
}
function cellsOf(x) { return x.type === 'sum' ? [x.total, ...x.parts] : x.type === 'le' ? [x.part, x.whole] : x.type === 'rate' ? [x.cell, x.num, x.den] : x.type === 'growth' ? [x.cell, x.cur, x.prev] : [x.cell, x.a, x.b]; }
function plant(sheets) {
  for (let tries = 0; tries < 500; tries++) {
    const sh = pick(sheets); if (!sh.rels.length) continue;
    const rel = pick(sh.rels);
    let cell, kind;
    if (rel.type === 'sum') { if (ch(0.5)) { cell = rel.total; kind = 'total'; } else { cell = pick(rel.parts); kind = 'part'; } }
    else if (rel.type === 'le') { cell = rel.part; kind = 'part>whole'; }
    else if (rel.type === 'rate') { cell = rel.cell; kind = 'rate'; } else if (rel.type === 'growth') { cell = rel.cell; kind = 'growth'; } else { cell = rel.cell; kind = 'diff'; }
    const x = sh.cells[cell]; if (!x || typeof x.v !== 'number') continue;
    const nrel = sh.rels.filter((q) => cellsOf(q).includes(cell)).length;
    if (nrel > 1 && rel.type !== 'le' && ch(0.6)) continue;
    const was = x.v; let now;
    if (rel.type === 'le') { const w = sh.cells[rel.whole]; if (!w || typeof w.v !== 'number') continue; now = w.v + Math.max(2, Math.round(w.v * (0.03 + rnd() * 0.1))); }
    else if (rel.type === 'sum') { const d = x.d || 0; if (d) { const tolU = Math.max(rel.tol, 0.005); now = rd(was + pick([-1, 1]) * Math.max(4 * tolU + 0.01, rd(Math.abs(was) * 0.05, d)), d); } else { const del = Math.max(3, Math.round(Math.abs(was) * (0.02 + rnd() * 0.08))); now = was + (was - del >= 0 && ch(0.5) ? -del : del); } }
    else { const d = x.d; const del = rd(Math.max(rel.tol * 4, 1 + rnd() * 5), d); now = rd(was + ((was > 90 || ch(0.5)) && was - del >= 0 ? -del : del), d); }
    if (now === was) continue;
    x.v = now;
    return { sheet: sh.name, cell, was, now, kind, rel };
  }
  throw new Error('no plant');
}
(async () => { const man = []; for (let i = 0; i < N; i++) man.push(await book(i)); fs.writeFileSync(path.join(OUT, 'manifest.json'), JSON.stringify(man, null, 1)); console.log(SET, man.length, 'books', man.filter((m) => m.plants.length).length, 'planted'); })();
