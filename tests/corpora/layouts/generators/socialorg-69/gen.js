// Generator for round69a: party building in social organisations (社会组织党建) workbooks.
const ExcelJS = require('/work/main/node_modules/exceljs');
const fs = require('fs'), path = require('path');
const OUT = '/tmp/round69a';

let s0 = 69001;
function rnd() { s0 |= 0; s0 = (s0 + 0x6D2B79F5) | 0; let t = Math.imul(s0 ^ (s0 >>> 15), 1 | s0); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];
const chance = (p) => rnd() < p;
const shuffle = (a) => { a = a.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; };

// ---------- data ----------
const BASE = ['st', 'mf', 'jj', 'sj', 'hx', 'tg', 'dd', 'lh', 'lhfg', 'dy', 'ydy', 'zdy', 'cj', 'hg', 'pt'];
function genBase(scale = 1) {
  const st = Math.max(3, Math.round(ri(15, 160) * scale)), mf = Math.max(3, Math.round(ri(25, 240) * scale)), jj = chance(0.3) ? 0 : Math.round(ri(0, 6) * Math.min(1, scale + 0.3));
  const total = st + mf + jj;
  const sj = Math.round(total * (0.08 + rnd() * 0.25));
  const hx = Math.round(st * (0.12 + rnd() * 0.25)); const tg = Math.max(0, hx - ri(0, 2));
  const dd = Math.max(0, Math.round(total * (0.04 + rnd() * 0.12))); const lh = Math.max(1, Math.round(total * (0.015 + rnd() * 0.04)));
  let lhfg = lh * ri(2, 5); if (dd + lhfg > total) lhfg = total - dd;
  const ydy = Math.min(total, dd + Math.round((total - dd) * (0.15 + rnd() * 0.35)));
  const dy = dd * ri(3, 9) + (ydy - dd) * ri(1, 2);
  const zdy = Math.round((total - dd - lhfg) * (0.2 + rnd() * 0.5));
  const cj = total - ri(0, Math.min(6, Math.floor(total / 10))); const hg = cj - ri(0, Math.min(12, Math.floor(cj / 8)));
  const pt = Math.max(1, total - ri(-6, 22));
  return { st, mf, jj, sj, hx, tg, dd, lh, lhfg, dy, ydy, zdy, cj, hg, pt };
}
function derive(b) {
  const d = { ...b };
  d.total = b.st + b.mf + b.jj; d.xj = d.total - b.sj; d.dzz = b.dd + b.lh; d.fg = b.dd + b.lhfg; d.wdy = d.total - b.ydy;
  return d;
}
const sumBase = (rows) => { const o = {}; for (const k of BASE) o[k] = rows.reduce((s, r) => s + r[k], 0); return o; };

// ---------- columns ----------
const COL = {
  total: { n: '社会组织总数' }, st: { n: '社会团体' }, mf: { n: pick(['民办非企业单位', '民办非企业单位（社会服务机构）']) }, jj: { n: '基金会' },
  sj: { n: '市级登记' }, xj: { n: '县级登记' }, hx: { n: '行业协会商会' }, tg: { n: '已脱钩' },
  dzz: { n: '合计' }, dd: { n: '单独建立' }, lh: { n: '联合建立' }, fg: { n: '党组织覆盖社会组织数' },
  fgl: { n: '党组织覆盖率', rate: ['fg', 'total'] }, dy: { n: '党员数', u: '名' }, ydy: { n: '有党员的社会组织' }, wdy: { n: '无党员的社会组织' },
  zdy: { n: '选派党建指导员', u: '名' }, cj: { n: '参加年检数' }, hg: { n: '年检合格数' }, hgl: { n: '年检合格率', rate: ['hg', 'cj'] },
  pt: { n: '上年社会组织总数' }, zz: { n: '比上年增长', growth: ['total', 'pt'] },
};
const isRate = (k) => !!(COL[k].rate || COL[k].growth);
function rateVal(k, d, style) {
  const c = COL[k];
  let num, den;
  if (c.rate) { num = d[c.rate[0]]; den = d[c.rate[1]]; } else { num = d[c.growth[0]] - d[c.growth[1]]; den = d[c.growth[1]]; }
  if (!den) return '—';
  if (style === 'pct') return Math.round(num * 1000 / den) / 1000; // 0.0%
  if (style === 'plain2') return Math.round(num * 10000 / den) / 100;
  return Math.round(num * 1000 / den) / 10;
}

// Column layouts: array of groups [title|null, [keys]]
const LAYOUTS = {
  full: () => [[null, ['total']], ['按类型分', ['st', 'mf', 'jj']], ['已建党组织数（个）', ['dzz', 'dd', 'lh']], [null, ['fg']], [null, ['fgl']], [null, ['dy']]],
  fullq: () => [[null, ['total']], ['社会团体', ['st', 'hx']], [null, ['mf']], [null, ['jj']], ['已建党组织数（个）', ['dzz', 'dd', 'lh']], [null, ['fg']], [null, ['fgl']]],
  reg: () => [[null, ['total']], ['按登记管理机关分', ['sj', 'xj']], ['行业协会商会', ['hx', 'tg']], [null, ['zdy']]],
  dy: () => [[null, ['total']], ['党员分布情况', ['ydy', 'wdy']], [null, ['dy']], [null, ['zdy']]],
  party: () => [[null, ['total']], ['已建党组织数（个）', ['dzz', 'dd', 'lh']], [null, ['fg']], [null, ['fgl']], [null, ['ydy']], [null, ['wdy']], [null, ['dy']], [null, ['zdy']]],
  nofg: () => [[null, ['total']], ['已建党组织数（个）', ['dzz', 'dd', 'lh']], [null, ['fgl']], [null, ['dy']]],
  nj: () => [[null, ['total']], [null, ['cj']], [null, ['hg']], [null, ['hgl']]],
  grow: () => [[null, ['pt']], [null, ['total']], [null, ['zz']]],
  mix: () => [[null, ['total']], [null, ['st']], [null, ['mf']], [null, ['jj']], [null, ['ydy']], [null, ['wdy']], [null, ['cj']], [null, ['hg']], [null, ['hgl']]],
};
const ADD = ['total', 'st', 'mf', 'jj', 'sj', 'xj', 'hx', 'tg', 'dzz', 'dd', 'lh', 'fg', 'dy', 'ydy', 'wdy', 'zdy', 'cj', 'hg', 'pt'];
const ROWSUMS = [['total', ['st', 'mf', 'jj']], ['total', ['sj', 'xj']], ['total', ['ydy', 'wdy']], ['dzz', ['dd', 'lh']]];
const LES = [['hx', 'st'], ['tg', 'hx'], ['fg', 'total'], ['hg', 'cj'], ['dd', 'dzz'], ['lh', 'dzz']];

const A = (r, c) => { let s = '', n = c; while (n > 0) { const m = (n - 1) % 26; s = String.fromCharCode(65 + m) + s; n = Math.floor((n - 1) / 26); } return s + r; };

// ---------- sheet model ----------
class Sheet {
  constructor(name) { this.name = name; this.cells = {}; this.merges = []; this.fmts = {}; this.widths = {}; this.cons = []; this.maxc = 1; this.row = 1; }
  set(r, c, v, fmt) { this.cells[A(r, c)] = v; if (fmt) this.fmts[A(r, c)] = fmt; this.maxc = Math.max(this.maxc, c); }
  merge(r1, c1, r2, c2) { if (r1 !== r2 || c1 !== c2) this.merges.push(`${A(r1, c1)}:${A(r2, c2)}`); }
}

// Write a table block. opts: {title, unitLine, keys groups, rows:[{label,d,kind}], rateStyle, twoRow, startCol, seq, labelHead, spacer, notes}
// Returns map addr[label][key]
function writeBlock(sh, o) {
  const c0 = o.startCol || 1; let r = o.startRow || sh.row;
  const groups = o.groups; const keys = groups.flatMap((g) => g[1]);
  const ncols = keys.length + 1 + (o.seq ? 1 : 0);
  if (o.title) { sh.set(r, c0, o.title); sh.merge(r, c0, r, c0 + ncols - 1); r++; }
  if (o.unitLine) { sh.set(r, c0, o.unitLine[0]); if (o.unitLine[1]) sh.set(r, c0 + ncols - 1, o.unitLine[1]); r++; }
  const head = (k) => { const c = COL[k]; let n = c.n; if (isRate(k)) n += o.rateStyle === 'pct' ? '' : '（%）'; else if (o.units) n += `（${c.u || '个'}）`; return n; };
  let c = c0;
  const twoRow = o.twoRow !== false && groups.some((g) => g[0]);
  if (o.seq) { sh.set(r, c, '序号'); if (twoRow) sh.merge(r, c, r + 1, c); c++; }
  sh.set(r, c, o.labelHead || '单位'); if (twoRow) sh.merge(r, c, r + 1, c); const labelCol = c; c++;
  const colOf = {};
  for (const [g, ks] of groups) {
    if (twoRow) {
      if (g) { sh.set(r, c, g); sh.merge(r, c, r, c + ks.length - 1); ks.forEach((k, i) => { sh.set(r + 1, c + i, head(k)); colOf[k] = c + i; }); }
      else { sh.set(r, c, head(ks[0])); sh.merge(r, c, r + 1, c); colOf[ks[0]] = c; }
    } else ks.forEach((k, i) => { sh.set(r, c + i, (g && i > 0 && (k === 'hx' || k === 'tg') ? '其中：' : '') + head(k)); colOf[k] = c + i; });
    c += ks.length;
  }
  r += twoRow ? 2 : 1;
  if (o.colNums) { sh.set(r, labelCol, '甲'); keys.forEach((k, i) => sh.set(r, colOf[k], i + 1)); r++; }
  if (o.spacer) r++;
  const addr = {}; let seq = 1;
  for (const row of o.rows) {
    if (row.kind === 'blank') { r++; continue; }
    if (row.kind === 'section') { sh.set(r, labelCol, row.label); r++; continue; }
    if (o.seq && row.kind === 'detail') sh.set(r, labelCol - 1, seq++);
    sh.set(r, labelCol, row.label);
    addr[row.id || row.label] = {};
    for (const k of keys) {
      let v;
      if (isRate(k)) { v = rateVal(k, row.d, o.rateStyle); sh.set(r, colOf[k], v, typeof v === 'number' ? (o.rateStyle === 'pct' ? '0.0%' : o.rateStyle === 'plain2' ? '0.00' : '0.0') : null); }
      else if (row.na && row.na.includes(k)) sh.set(r, colOf[k], '—');
      else { v = row.d[k]; sh.set(r, colOf[k], v, null); }
      addr[row.id || row.label][k] = A(r, colOf[k]);
    }
    r++;
  }
  if (o.notes) for (const n of o.notes) { sh.set(r, c0, n); sh.merge(r, c0, r, c0 + ncols - 1); r++; }
  sh.row = r + 1;
  // constraints
  const ids = Object.keys(addr);
  const byKind = (kd) => o.rows.filter((x) => x.kind === kd).map((x) => x.id || x.label);
  for (const grp of (o.sumGroups || [[byKind('total')[0], byKind('detail')]])) {
    const [tot, dets] = grp; if (!tot) continue;
    for (const k of keys) if (ADD.includes(k)) sh.cons.push({ t: 'sum', a: `${sh.name}!${addr[tot][k]}`, parts: dets.map((id) => `${sh.name}!${addr[id][k]}`) });
  }
  for (const id of ids) {
    const a = addr[id];
    for (const [t, ps] of ROWSUMS) if (a[t] && ps.every((p) => a[p])) sh.cons.push({ t: 'sum', a: `${sh.name}!${a[t]}`, parts: ps.map((p) => `${sh.name}!${a[p]}`) });
    for (const [p, w] of LES) if (a[p] && a[w]) sh.cons.push({ t: 'le', a: `${sh.name}!${a[p]}`, b: `${sh.name}!${a[w]}` });
    for (const k of keys) if (isRate(k)) {
      const cc = COL[k];
      if (cc.rate && a[cc.rate[0]] && a[cc.rate[1]]) sh.cons.push({ t: 'rate', a: `${sh.name}!${a[k]}`, num: `${sh.name}!${a[cc.rate[0]]}`, den: `${sh.name}!${a[cc.rate[1]]}`, style: o.rateStyle });
      if (cc.growth && a[cc.growth[0]] && a[cc.growth[1]]) sh.cons.push({ t: 'growth', a: `${sh.name}!${a[k]}`, cur: `${sh.name}!${a[cc.growth[0]]}`, prev: `${sh.name}!${a[cc.growth[1]]}`, style: o.rateStyle });
    }
  }
  return { addr, colOf, keys, labelCol };
}

// ---------- names ----------
const CITIES = ['安阳市', '临汾市', '宜春市', '汉中市', '曲靖市', '德州市', '南平市', '岳阳市', '绵阳市', '赤峰市', '淮安市', '焦作市'];
const COUNTIES = ['城关区', '临河县', '青山县', '白云区', '安平县', '凤台县', '永宁县', '长乐市', '新华区', '金水县', '龙泉县', '清河县', '平山县', '东湖区', '兴隆县', '丰城市', '高新区', '宁远县'];
const TOWNS = ['城关镇', '东关街道', '西关街道', '马集镇', '李庄乡', '王店镇', '柳林镇', '石桥乡', '北街街道', '河口镇', '双庙乡', '新集镇', '龙山街道', '杨湖镇', '沙河乡', '太平镇', '大营镇', '南湖街道', '古城乡', '三合镇'];
const FIELDS = ['教育', '科技', '文化', '卫生健康', '体育', '民政', '农业农村', '商务', '生态环境', '法律服务', '其他'];
const KINDS = [['st', '社会团体'], ['mf', '民办非企业单位'], ['jj', '基金会']];

function cityOf() { return pick(CITIES); }
let BOOKDATE = '截至2024年12月31日';
function unitLine(org) { return [`填报单位：${org}（盖章）`, BOOKDATE]; }
function rateStyle() { return pick(['pct', 'plain', 'plain', 'plain2']); }
function notes(style) {
  const n = ['注：1.党组织覆盖率=党组织覆盖社会组织数÷社会组织总数×100%；2.联合建立党组织覆盖的社会组织计入覆盖数。'];
  if (chance(0.5)) n.push('注：“—”表示不适用。');
  return chance(0.7) ? n.slice(0, 1) : n;
}
// detail units with kind-specific zero handling; produce rows
function unitRows(labels, scale) { return labels.map((l) => ({ label: l, kind: 'detail', d: derive(genBase(scale)), b: null })); }
function mkRows(labels, scale) {
  const bases = labels.map(() => genBase(scale));
  const det = labels.map((l, i) => ({ label: l, kind: 'detail', d: derive(bases[i]), base: bases[i] }));
  const tot = derive(sumBase(bases));
  return { det, tot, bases };
}
function placeTotal(det, totRow, where, spacer) {
  if (where === 'top') return [totRow, ...(spacer ? [{ kind: 'blank' }] : []), ...det];
  return [...det, ...(spacer ? [{ kind: 'blank' }] : []), totRow];
}

// ---------- book templates ----------
// T1: 汇总 + one sheet per county (rows towns / fields); same columns
function T1(ctx) {
  const city = cityOf(); const counties = shuffle(COUNTIES).slice(0, ri(3, 6));
  const layout = pick(['full', 'fullq', 'reg', 'dy', 'party', 'mix', 'nj']); const groups = LAYOUTS[layout]();
  const rs = rateStyle(); const units = chance(0.5); const twoRow = chance(0.85);
  const sheets = []; const cBlocks = [];
  const countyData = [];
  const rowKind = pick(['town', 'field']);
  const whereC = pick(['top', 'bottom', 'bottom']);
  for (const cn of counties) {
    const labs = rowKind === 'town' ? shuffle(TOWNS).slice(0, ri(4, 9)) : shuffle(FIELDS).slice(0, ri(4, 9));
    const { det, tot, bases } = mkRows(labs, 0.25);
    countyData.push({ cn, tot, bases });
    const sh = new Sheet(cn);
    const totLabel = pick(['合计', '合计', `${cn}合计`, '全县（区）合计', '总计']);
    const rows = placeTotal(det, { label: totLabel, id: 'TOT', kind: 'total', d: tot }, whereC, chance(0.2));
    const b = writeBlock(sh, { title: `${cn}社会组织党建工作情况统计表`, unitLine: unitLine(`中共${cn}委组织部`), groups, rows, rateStyle: rs, units, twoRow, labelHead: rowKind === 'town' ? '乡镇（街道）' : '行业领域', seq: chance(0.3), notes: chance(0.5) ? notes(rs) : null, spacer: chance(0.15) });
    sheets.push(sh); cBlocks.push(b);
  }
  // summary
  const sum = new Sheet(pick(['汇总', '全市汇总', '汇总表']));
  const extra = chance(0.3) ? [{ label: '市本级', kind: 'detail', d: derive(genBase(0.5)), base: null }] : [];
  if (extra.length) extra[0].base = (() => { const b = genBase(0.5); extra[0].d = derive(b); return b; })();
  const det = countyData.map((c) => ({ label: c.cn, kind: 'detail', d: c.tot, base: sumBase(c.bases) }));
  const allDet = [...extra, ...det];
  const withTot = !ctx.noSummaryTotal && chance(0.8);
  const tot = derive(sumBase(allDet.map((x) => x.base)));
  const rows = withTot ? placeTotal(allDet, { label: pick(['全市合计', '合计', '总计', '全市']), id: 'TOT', kind: 'total', d: tot }, pick(['top', 'bottom']), false) : allDet;
  const sb = writeBlock(sum, { title: `${city}社会组织党建工作情况汇总表`, unitLine: unitLine(`中共${city}委组织部`), groups, rows, rateStyle: rs, units, twoRow, labelHead: '县（市、区）', seq: chance(0.3), notes: chance(0.5) ? notes(rs) : null });
  if (!withTot) sum.cons = sum.cons.filter((c) => !c.parts || c.parts.length < 2 || true);
  const cross = [];
  counties.forEach((cn, i) => { for (const k of cBlocks[i].keys) cross.push({ t: 'eq', a: `${sum.name}!${sb.addr[cn][k]}`, b: `${cn}!${cBlocks[i].addr.TOT[k]}`, rate: isRate(k) }); });
  const sheetsOrder = chance(0.8) ? [sum, ...sheets] : [...sheets, sum];
  return { sheets: sheetsOrder, cross, info: { sum, sb, cBlocks, counties, withTot, layout, cSheets: sheets } };
}

// T2: 汇总 (county rows, party columns) + county sheets whose rows are kinds of organisation
function T2(ctx) {
  const city = cityOf(); const counties = shuffle(COUNTIES).slice(0, ri(3, 5));
  const groups = pick([LAYOUTS.party, LAYOUTS.nofg, LAYOUTS.dy, LAYOUTS.nj])();
  const rs = rateStyle(); const sheets = []; const cBlocks = []; const ctot = [];
  for (const cn of counties) {
    const bases = KINDS.map(([k]) => { const b = genBase(0.4); return b; });
    // each kind row: total of that kind only; build derived rows where 'total' is the kind count
    const det = KINDS.map(([k, n], i) => { const d = derive(bases[i]); return { label: n, kind: 'detail', d, base: bases[i] }; });
    if (det[2].d.total > 30) { /* foundations are few */ const b = genBase(0.03); bases[2] = b; det[2].base = b; det[2].d = derive(b); }
    const tot = derive(sumBase(bases)); ctot.push({ cn, base: sumBase(bases), d: tot });
    const sh = new Sheet(cn);
    const rows = placeTotal(det, { label: '合计', id: 'TOT', kind: 'total', d: tot }, pick(['top', 'bottom']), false);
    const b = writeBlock(sh, { title: `${cn}各类社会组织党建工作情况`, unitLine: unitLine(`${cn}民政局`), groups, rows, rateStyle: rs, units: chance(0.5), labelHead: '组织类型', notes: chance(0.4) ? notes(rs) : null });
    sheets.push(sh); cBlocks.push(b);
  }
  const sum = new Sheet('汇总');
  const det = ctot.map((c) => ({ label: c.cn, kind: 'detail', d: c.d, base: c.base }));
  const tot = derive(sumBase(det.map((x) => x.base)));
  const withTot = !ctx.noSummaryTotal && chance(0.75);
  const rows = withTot ? placeTotal(det, { label: '全市合计', id: 'TOT', kind: 'total', d: tot }, pick(['top', 'bottom']), false) : det;
  const sb = writeBlock(sum, { title: `${city}社会组织党建工作汇总表`, unitLine: unitLine(`${city}民政局`), groups, rows, rateStyle: rs, units: chance(0.5), labelHead: '县（市、区）' });
  const cross = [];
  counties.forEach((cn, i) => { for (const k of cBlocks[i].keys) cross.push({ t: 'eq', a: `汇总!${sb.addr[cn][k]}`, b: `${cn}!${cBlocks[i].addr.TOT[k]}`, rate: isRate(k) }); });
  return { sheets: [sum, ...sheets], cross, info: { sum, sb, cBlocks, counties, withTot, cSheets: sheets } };
}

// T3: long table continued on 续表 sheet, 合计 only at end of the continuation
function T3(ctx) {
  const city = cityOf();
  const labs = shuffle(TOWNS).slice(0, ri(14, 20));
  const { det, tot } = mkRows(labs, 0.15);
  const groups = pick([LAYOUTS.full, LAYOUTS.reg, LAYOUTS.party, LAYOUTS.mix])(); const rs = rateStyle(); const units = chance(0.5);
  const cut = ri(8, labs.length - 4);
  const s1 = new Sheet(pick(['表1', '社会组织党建统计表', 'Sheet1'])); const s2 = new Sheet(pick(['表1（续）', '续表', '续表1']));
  const county = pick(COUNTIES);
  const b1 = writeBlock(s1, { title: `${county}乡镇（街道）社会组织党建工作情况统计表`, unitLine: unitLine(`中共${county}委组织部`), groups, rows: det.slice(0, cut), rateStyle: rs, units, labelHead: '乡镇（街道）', sumGroups: [] });
  const b2 = writeBlock(s2, { title: pick(['续表', `${county}乡镇（街道）社会组织党建工作情况统计表（续）`]), groups, rows: [...det.slice(cut), { label: '合计', id: 'TOT', kind: 'total', d: tot }], rateStyle: rs, units, labelHead: '乡镇（街道）', sumGroups: [], notes: chance(0.6) ? notes(rs) : null });
  // cross-sheet column sums
  const cons = [];
  for (const k of b2.keys) if (ADD.includes(k)) cons.push({ t: 'sum', a: `${s2.name}!${b2.addr.TOT[k]}`, parts: [...labs.slice(0, cut).map((l) => `${s1.name}!${b1.addr[l][k]}`), ...labs.slice(cut).map((l) => `${s2.name}!${b2.addr[l][k]}`)] });
  return { sheets: [s1, s2], cross: cons, info: { s1, s2, b1, b2, labs, cut } };
}

// T4: side-by-side blocks 社会团体 | 民办非企业单位
function T4(ctx) {
  const county = pick(COUNTIES); const labs = shuffle(ctx.byField ? FIELDS : TOWNS).slice(0, ri(5, 10));
  const groupsOf = () => pick([[[null, ['total']], ['已建党组织数（个）', ['dzz', 'dd', 'lh']], [null, ['fg']], [null, ['fgl']]], [[null, ['total']], [null, ['ydy']], [null, ['wdy']], [null, ['dy']]], [[null, ['total']], [null, ['cj']], [null, ['hg']], [null, ['hgl']]]]);
  const groups = groupsOf(); const rs = rateStyle();
  const sh = new Sheet(pick(['分类统计', '社团民非', 'Sheet1']));
  sh.set(1, 1, `${county}社会团体、民办非企业单位党建工作情况统计表`); sh.merge(1, 1, 1, 2 * (groups.flat(2).length) + 4);
  sh.row = 2;
  const mk = () => { const bs = labs.map(() => genBase(0.2)); return { det: labs.map((l, i) => ({ label: l, kind: 'detail', d: derive(bs[i]) })), tot: derive(sumBase(bs)) }; };
  // block values: 'total' here is count of that kind: use st-only bases? keep simple: each block its own org population
  const L = mk(), R = mk();
  const where = pick(['top', 'bottom']);
  const separate = chance(0.5);
  const ncol = groups.flatMap((g) => g[1]).length;
  const bl = writeBlock(sh, { startRow: 3, startCol: 1, title: '一、社会团体', groups, rows: placeTotal(L.det, { label: '合计', id: 'TOT', kind: 'total', d: L.tot }, where), rateStyle: rs, labelHead: ctx.byField ? '行业领域' : '乡镇（街道）' });
  const br = writeBlock(sh, { startRow: 3, startCol: ncol + 3, title: '二、民办非企业单位', groups, rows: placeTotal(R.det, { label: '合计', id: 'TOT', kind: 'total', d: R.tot }, where), rateStyle: rs, labelHead: ctx.byField ? '行业领域' : '乡镇（街道）' });
  return { sheets: [sh], cross: [], info: { sh, bl, br } };
}

// T5: sectioned county sheet: 合计 then 按类型分 then 按登记管理机关分 (+ optional 汇总)
function T5(ctx) {
  const city = cityOf(); const counties = shuffle(COUNTIES).slice(0, ri(2, 4));
  const groups = pick([[[null, ['total']], ['已建党组织数（个）', ['dzz', 'dd', 'lh']], [null, ['fg']], [null, ['fgl']], [null, ['dy']]], [[null, ['total']], [null, ['ydy']], [null, ['wdy']], [null, ['zdy']]], [[null, ['total']], [null, ['cj']], [null, ['hg']], [null, ['hgl']]]]);
  const rs = rateStyle(); const sheets = []; const blocks = []; const ctot = [];
  for (const cn of counties) {
    const kb = KINDS.map(() => genBase(0.35)); kb[2] = genBase(0.02);
    const tb = sumBase(kb); const tot = derive(tb);
    // registration split: split each base field between 市级 and 县级 proportionally (integers)
    const sjb = {}, xjb = {};
    for (const k of BASE) { sjb[k] = Math.floor(tb[k] * (0.2 + rnd() * 0.1)); xjb[k] = tb[k] - sjb[k]; }
    // keep internal consistency of the split rows: rebuild coherent bases
    const fix = (b) => { b.tg = Math.min(b.tg, b.hx); b.hx = Math.min(b.hx, b.st); return b; };
    const sjD = derive(fix(sjb)), xjD = derive(fix(xjb));
    const ok = sjD.fg <= sjD.total && xjD.fg <= xjD.total && sjD.hg <= sjD.cj && xjD.hg <= xjD.cj && sjD.ydy <= sjD.total && xjD.ydy <= xjD.total && sjD.tg + xjD.tg === tb.tg && sjD.hx + xjD.hx === tb.hx;
    if (!ok) return T5(ctx);
    const rows = [{ label: pick(['合计', '总计']), id: 'TOT', kind: 'total', d: tot },
      { kind: 'section', label: '一、按组织类型分' }, ...KINDS.map(([k, n], i) => ({ label: n, id: 'K' + i, kind: 'detail', d: derive(kb[i]) })),
      { kind: 'section', label: '二、按登记管理机关分' }, { label: '市级登记', id: 'SJ', kind: 'detail', d: sjD }, { label: '县级登记', id: 'XJ', kind: 'detail', d: xjD }];
    const sh = new Sheet(cn);
    const b = writeBlock(sh, { title: `${cn}社会组织党建工作情况`, unitLine: unitLine(`${cn}民政局`), groups, rows, rateStyle: rs, labelHead: '项目', sumGroups: [['TOT', ['K0', 'K1', 'K2']], ['TOT', ['SJ', 'XJ']]], notes: chance(0.5) ? notes(rs) : null });
    sheets.push(sh); blocks.push(b); ctot.push({ cn, base: tb, d: tot });
  }
  const sum = new Sheet('汇总');
  const det = ctot.map((c) => ({ label: c.cn, kind: 'detail', d: c.d, base: c.base }));
  const tot = derive(sumBase(det.map((x) => x.base)));
  const sb = writeBlock(sum, { title: `${city}社会组织党建工作情况汇总`, unitLine: unitLine(`${city}民政局`), groups, rows: placeTotal(det, { label: '全市合计', id: 'TOT', kind: 'total', d: tot }, pick(['top', 'bottom'])), rateStyle: rs, labelHead: '县（市、区）' });
  const cross = [];
  counties.forEach((cn, i) => { for (const k of blocks[i].keys) cross.push({ t: 'eq', a: `汇总!${sb.addr[cn][k]}`, b: `${cn}!${blocks[i].addr.TOT[k]}`, rate: isRate(k) }); });
  return { sheets: [sum, ...sheets], cross, info: { sum, sb, cBlocks: blocks, counties, withTot: true, cSheets: sheets } };
}

// T6: growth table single sheet with kinds as rows or counties
function T6(ctx) {
  const city = cityOf(); const labs = shuffle(COUNTIES).slice(0, ri(4, 9));
  const { det, tot } = mkRows(labs, 0.6);
  const groups = pick([LAYOUTS.grow(), [[null, ['pt']], [null, ['total']], [null, ['zz']], ['已建党组织数（个）', ['dzz', 'dd', 'lh']]], [[null, ['total']], [null, ['pt']], [null, ['zz']], [null, ['dy']]]]);
  const rs = pick(['plain', 'pct', 'plain2']);
  const sh = new Sheet(pick(['增长情况', '表3', '社会组织数量变化']));
  const b = writeBlock(sh, { title: `${city}社会组织数量变化情况表`, unitLine: unitLine(`${city}民政局`), groups, rows: placeTotal(det, { label: '全市', id: 'TOT', kind: 'total', d: tot }, pick(['top', 'bottom'])), rateStyle: rs, labelHead: '县（市、区）', units: true });
  return { sheets: [sh], cross: [], info: { sh, b } };
}

// ---------- write ----------
async function writeBook(file, bk) {
  const wb = new ExcelJS.Workbook();
  for (const sh of bk.sheets) {
    const ws = wb.addWorksheet(sh.name);
    for (const [a, v] of Object.entries(sh.cells)) { const c = ws.getCell(a); c.value = v; if (sh.fmts[a]) c.numFmt = sh.fmts[a]; }
    for (const m of sh.merges) { try { ws.mergeCells(m); } catch (e) { } }
    for (let c = 1; c <= sh.maxc; c++) ws.getColumn(c).width = c === 1 ? 16 : 12;
  }
  await wb.xlsx.writeFile(file);
}
const allCons = (bk) => [...bk.sheets.flatMap((s) => s.cons), ...bk.cross];
function getCell(bk, ref) { const [s, a] = ref.split('!'); return bk.sheets.find((x) => x.name === s).cells[a]; }
function setCell(bk, ref, v) { const [s, a] = ref.split('!'); bk.sheets.find((x) => x.name === s).cells[a] = v; }

// ---------- planting ----------
const transpose = (v) => { const s = String(v); for (let i = 0; i < s.length - 1; i++) if (s[i] !== s[i + 1] && !(i === 0 && s[i + 1] === '0')) return Number(s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2)); return null; };
function plant(bk, kind) {
  const I = bk.info; const cands = [];
  const isNum = (ref) => typeof getCell(bk, ref) === 'number';
  if (kind === 'crossSum') { // change a 汇总 cell whose column is not summed in the 汇总 (no total row) -> only cross-sheet disagrees
    if (!I.sum || I.withTot) return null;
    const cn = pick(I.counties); const k = pick(I.sb.keys.filter((k) => ADD.includes(k) && !['total', 'st', 'mf', 'jj', 'sj', 'xj', 'ydy', 'wdy', 'dzz', 'dd', 'lh', 'hx', 'tg', 'fg', 'cj', 'hg'].includes(k)));
    if (!k) return null; const ref = `${I.sum.name}!${I.sb.addr[cn][k]}`; const v = getCell(bk, ref); const nv = v + pick([-1, 1]) * ri(2, 9); if (nv < 0) return null;
    setCell(bk, ref, nv); return { ref, note: `汇总 ${cn} ${COL[k].n} ${v}->${nv} (county sheet 合计 keeps ${v})` };
  }
  if (kind === 'countyTot') {
    if (!I.cSheets) return null; const i = ri(0, I.cSheets.length - 1); const b = I.cBlocks[i];
    const k = pick(b.keys.filter((k) => ADD.includes(k))); const ref = `${I.cSheets[i].name}!${b.addr.TOT[k]}`; const v = getCell(bk, ref);
    const nv = v + pick([-1, 1]) * ri(1, 6); if (nv < 0) return null; setCell(bk, ref, nv); return { ref, note: `county 合计 ${COL[k].n} ${v}->${nv} (disagrees with 汇总 and own rows)` };
  }
  if (kind === 'sumTot') {
    if (!I.sum || !I.withTot) return null; const k = pick(I.sb.keys.filter((k) => ADD.includes(k)));
    const ref = `${I.sum.name}!${I.sb.addr.TOT[k]}`; const v = getCell(bk, ref); const nv = v + pick([-1, 1]) * ri(2, 8); setCell(bk, ref, nv); return { ref, note: `汇总 total ${COL[k].n} ${v}->${nv}` };
  }
  if (kind === 'rate') {
    const rc = allCons(bk).filter((c) => c.t === 'rate' && isNum(c.a)); if (!rc.length) return null; const c = pick(rc); const v = getCell(bk, c.a);
    const d = ri(15, 60) / 10; const nv = c.style === 'pct' ? Math.round((v + (v > 0.5 ? -d : d) / 100) * 1000) / 1000 : Math.round((v + (v > 50 ? -d : d)) * 10) / 10;
    setCell(bk, c.a, nv); return { ref: c.a, note: `rate ${v}->${nv}` };
  }
  if (kind === 'growth') {
    const rc = allCons(bk).filter((c) => c.t === 'growth' && isNum(c.a)); if (!rc.length) return null; const c = pick(rc); const v = getCell(bk, c.a);
    const nv = c.style === 'pct' ? Math.round((v + 0.031) * 1000) / 1000 : Math.round((v === 0 ? 3.2 : -v + (Math.abs(v) < 1 ? 2.5 : 0)) * 10) / 10; setCell(bk, c.a, nv); return { ref: c.a, note: `growth ${v}->${nv}` };
  }
  if (kind === 'qizhong') {
    const lc = allCons(bk).filter((c) => c.t === 'le' && /[A-Z]+\d+/.test(c.a) && isNum(c.a) && isNum(c.b) && getCell(bk, c.b) >= 5);
    // prefer detail rows (not totals)
    const tots = new Set(allCons(bk).filter((c) => c.t === 'sum' && c.parts.length > 3).map((c) => c.a));
    const lc2 = lc.filter((c) => !tots.has(c.a)); if (!lc2.length) return null; const c = pick(lc2);
    const v = getCell(bk, c.a), w = getCell(bk, c.b); const nv = w + ri(1, 9); setCell(bk, c.a, nv); return { ref: c.a, note: `其中 ${v}->${nv} > whole ${w} (${c.b})` };
  }
  if (kind === 'transpose' || kind === 'detailOff') {
    const tots = new Set(allCons(bk).filter((c) => c.t === 'sum').map((c) => c.a));
    const ds = allCons(bk).filter((c) => c.t === 'sum' && c.parts.length >= 3).flatMap((c) => c.parts).filter((p) => !tots.has(p) && isNum(p) && getCell(bk, p) >= 12);
    if (!ds.length) return null; const ref = pick(ds); const v = getCell(bk, ref);
    const nv = kind === 'transpose' ? transpose(v) : v + pick([-1, 1]) * ri(2, 7); if (nv == null || nv === v) return null;
    setCell(bk, ref, nv); return { ref, note: `${kind} detail ${v}->${nv}` };
  }
  return null;
}

// ---------- verify against constraints (shared with verify.js) ----------
function checkCons(cons, get) {
  const bad = [];
  for (const c of cons) {
    const va = get(c.a);
    if (c.t === 'sum') { const ps = c.parts.map(get); if (typeof va !== 'number' || ps.some((p) => typeof p !== 'number')) continue; if (va !== ps.reduce((s, x) => s + x, 0)) bad.push(c); }
    else if (c.t === 'le') { const vb = get(c.b); if (typeof va === 'number' && typeof vb === 'number' && va > vb) bad.push(c); }
    else if (c.t === 'eq') { if (get(c.b) !== va) bad.push(c); }
    else if (c.t === 'rate' || c.t === 'growth') {
      if (typeof va !== 'number') continue;
      const x = c.t === 'rate' ? get(c.num) / get(c.den) : (get(c.cur) - get(c.prev)) / get(c.prev);
      const tol = c.style === 'pct' ? 0.0005 : c.style === 'plain2' ? 0.005 : 0.05; const v = c.style === 'pct' ? va : va / 100 * 100; const e = c.style === 'pct' ? x : x * 100;
      if (Math.abs(v - e) > tol + 1e-9) bad.push(c);
    }
  }
  return bad;
}

module.exports = { checkCons };

if (require.main === module) (async () => {
  const TPL0 = { T1, T2, T3, T4, T5, T6 };
  const TPL = {}; for (const [k, f] of Object.entries(TPL0)) TPL[k] = (ctx) => { BOOKDATE = pick(['填报日期：2024年12月31日', '截至2024年12月31日', '统计时间：2024年12月31日', '截至2024年底']); return f(ctx); };
  fs.mkdirSync(path.join(OUT, 'cases'), { recursive: true }); fs.mkdirSync(path.join(OUT, 'probe'), { recursive: true });
  const manifest = [], probeMan = [], consAll = {};
  const plantKinds = ['crossSum', 'countyTot', 'sumTot', 'rate', 'growth', 'qizhong', 'transpose', 'detailOff'];
  const tplFor = { crossSum: ['T1', 'T2'], countyTot: ['T1', 'T2', 'T5'], sumTot: ['T1', 'T2', 'T5'], rate: ['T1', 'T2', 'T4', 'T5'], growth: ['T6'], qizhong: ['T1', 'T3', 'T5'], transpose: ['T1', 'T3', 'T4', 'T6'], detailOff: ['T1', 'T3', 'T4'] };
  const order = ['T1', 'T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T1', 'T2', 'T3', 'T4'];
  // cases
  for (let i = 0; i < 46; i++) {
    const doPlant = i % 2 === 1;
    let bk, p = null, name, tries = 0;
    while (true) {
      tries++;
      if (doPlant) {
        const kind = plantKinds[Math.floor(i / 2) % plantKinds.length]; const tn = pick(tplFor[kind]);
        bk = TPL[tn]({ noSummaryTotal: kind === 'crossSum', byField: chance(0.5) }); p = plant(bk, kind); name = `c${String(i).padStart(2, '0')}_${tn}_${kind}`;
        if (p && checkCons(allCons(bk), (r) => getCell(bk, r)).length) break;
        if (tries > 50) throw new Error('cannot plant ' + kind);
      } else { const tn = order[i % order.length]; bk = TPL[tn]({ byField: chance(0.5) }); name = `c${String(i).padStart(2, '0')}_${tn}_clean`; break; }
    }
    const file = `cases/${name}.xlsx`; await writeBook(path.join(OUT, file), bk);
    const [s, a] = p ? p.ref.split('!') : [];
    manifest.push({ file, planted: p ? { sheet: s, cell: a } : null, note: p ? p.note : 'clean' });
    consAll[file] = allCons(bk);
  }
  // probes
  for (let i = 0; i < 100; i++) {
    const tn = ['T1', 'T2', 'T3', 'T4', 'T5', 'T6'][i % 6]; const bk = TPL[tn]({ noSummaryTotal: chance(0.2), byField: chance(0.5) });
    const file = `probe/p${String(i).padStart(3, '0')}_${tn}.xlsx`; await writeBook(path.join(OUT, file), bk);
    probeMan.push({ file, planted: null, note: 'clean' }); consAll[file] = allCons(bk);
  }
  fs.writeFileSync(path.join(OUT, 'manifest.json'), JSON.stringify(manifest, null, 1));
  fs.writeFileSync(path.join(OUT, 'probe/manifest.json'), JSON.stringify(probeMan, null, 1));
  fs.writeFileSync(path.join(OUT, 'constraints.json'), JSON.stringify(consAll));
  console.log('wrote', manifest.length, probeMan.length);
})();
