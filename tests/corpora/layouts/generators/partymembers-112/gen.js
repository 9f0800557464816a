// node gen.js OUTDIR SEED NBOOKS PLANTFRACTION [VARIANT]
// Generates workbooks on 发展党员工作 (non-public enterprises & social organisations), relations in OUTDIR/../rel/<set>__<file>.json
// and OUTDIR/manifest.json.
const ExcelJS = require('exceljs');
const fs = require('fs');
const path = require('path');
const { evalRel, relCells } = require('./rel.js');

const [outDir, seedArg, nArg, fracArg, variantArg] = process.argv.slice(2);
const SEED = Number(seedArg || 1), N = Number(nArg || 30), FRAC = Number(fracArg || 0.5), VARIANT = Number(variantArg || 0);
let s = SEED >>> 0;
function rnd() { s = (s + 0x6D2B79F5) >>> 0; let t = s; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const rf = (a, b) => a + rnd() * (b - a);
const pick = (a) => a[Math.floor(rnd() * a.length)];
const chance = (p) => rnd() < p;
function shuffle(a) { a = a.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; }
const rd = (x, d) => { const f = Math.pow(10, d); return Math.round(x * f + (x >= 0 ? 1e-9 : -1e-9)) / f; };
const tolOf = (d) => 0.5 * Math.pow(10, -d) + 1e-9;

function colL(c) { let s = ''; while (c > 0) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s; }
const A = (r, c) => colL(c) + r;

const COUNTIES = ['城关区', '东城区', '西城区', '南山区', '北湖区', '高新区', '经开区', '临江县', '青山县', '石门县', '永宁县', '安平县', '长乐县', '清河县', '平阳县', '丰乐县', '新城区', '江北区', '河西区', '凤台县', '双桥区', '望江县'];
const TOWNS = ['城关镇', '新华街道', '人民路街道', '东关街道', '西关街道', '桥头镇', '河口镇', '马坊乡', '柳林镇', '石桥镇', '白沙镇', '红星街道', '滨河街道', '龙泉镇', '三里镇', '杨村乡', '花园街道', '东风街道', '金山镇', '大营镇', '北苑街道', '沙河镇'];
const CITY = pick(['江州市', '临川市', '东阳市', '安和市', '青州市', '丰城市']);

class Sheet {
  constructor(name) { this.name = name; this.cells = new Map(); this.merges = []; this.rels = []; this.fmt = new Map(); this.width = 1; this.asText = chance(0.15); this.dash = pick(['—', '', 0, 0, '-']); }
  set(r, c, v, fmt) { this.cells.set(A(r, c), v); if (fmt) this.fmt.set(A(r, c), fmt); if (c > this.width) this.width = c; }
  num(r, c, v, d, fmt) { // numeric value; d decimals or null for count
    let out = v;
    if (this.pctFrac && d != null) { out = rd(v / 100, d + 2); fmt = d === 1 ? '0.0%' : '0.00%'; this.set(r, c, out, fmt); return; }
    if (v === 0 && d == null) out = this.dash;
    else if (this.asText && chance(0.3)) out = d == null ? String(v) : v.toFixed(d);
    this.set(r, c, out, fmt || (d == null ? (chance(0.2) ? '#,##0' : '0') : (d === 1 ? '0.0' : '0.00')));
  }
  merge(r1, c1, r2, c2) { if (r1 === r2 && c1 === c2) return; this.merges.push([r1, c1, r2, c2]); }
  rel(o) { if (this.pctFrac && o.t === 'rate') { o.k = 1; o.tol = o.tol / 100; } this.rels.push(o); }
  get(a) { return this.cells.get(a); }
}

function titleBlock(sh, title, width, unit) {
  let r = 1;
  sh.set(r, 1, title); sh.merge(r, 1, r, width); r++;
  if (chance(0.7)) {
    if (chance(0.5)) { sh.set(r, 1, '填报单位：中共' + CITY + '委组织部'); sh.set(r, Math.max(2, width - 1), unit); }
    else sh.set(r, width, unit);
    r++;
  }
  if (chance(0.3)) r++; // blank line
  return r;
}
function notes(sh, r, lines) {
  r++;
  if (chance(0.8)) for (const l of lines) { if (chance(0.7)) { sh.set(r, 1, l); r++; } }
  if (chance(0.6)) { sh.set(r, 1, '填报人：' + pick(['张伟', '李娜', '王磊', '刘洋', '陈静']) + '    审核人：' + pick(['赵强', '孙丽', '周军']) + '    填报日期：2024年' + ri(1, 12) + '月' + ri(1, 28) + '日'); r++; }
  return r;
}
function numberedNames(names, style) {
  const cn = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五', '十六', '十七', '十八', '十九', '二十', '二十一', '二十二'];
  return names.map((n, i) => style === 0 ? n : style === 1 ? (i + 1) + '.' + n : style === 2 ? '  ' + n : style === 3 ? (i + 1) + '、' + n : n);
}

function pipeRec(scale) {
  const apply = Math.round(ri(15, 500) * scale);
  const act = Math.round(apply * rf(0.3, 0.75));
  const tgt = Math.round(act * rf(0.3, 0.65));
  const newm = Math.round(tgt * rf(0.5, 0.95));
  const plan = Math.max(1, Math.round(Math.max(newm, 3) * rf(0.85, 1.25)));
  return {
    apply, act, tgt, newm, plan,
    female: Math.round(newm * rf(0.25, 0.55)), young: Math.round(newm * rf(0.55, 0.9)), edu: Math.round(newm * rf(0.45, 0.9)), front: Math.round(newm * rf(0.25, 0.6)),
    regular: Math.round(newm * rf(0.8, 1.15)), prevNew: Math.max(0, Math.round(newm * rf(0.7, 1.3))), prevAct: Math.round(act * rf(0.75, 1.25)),
  };
}

// ---------- Type A: pipeline by region (rows), possibly hierarchical ----------
function typeA(sh, opts) {
  sh.pctFrac = VARIANT === 1 && chance(0.5);
  const hier = opts.hier;
  const d = pick([1, 1, 2]);
  const colsAll = [
    { k: 'apply', h: ['入党申请人'] }, { k: 'act', h: ['入党积极分子'] }, { k: 'tgt', h: ['发展对象'] },
    { k: 'newm', h: ['发展党员', '小计'], grp: 'new' },
    { k: 'female', h: ['发展党员', '其中：女'], grp: 'new', of: 'newm' },
    { k: 'young', h: ['发展党员', '35岁及以下'], grp: 'new', of: 'newm' },
    { k: 'edu', h: ['发展党员', '大专及以上学历'], grp: 'new', of: 'newm' },
    { k: 'front', h: ['发展党员', '生产一线'], grp: 'new', of: 'newm' },
    { k: 'plan', h: ['年度发展计划'] },
    { k: 'compl', h: ['完成计划(%)'], rate: ['newm', 'plan'], kind: 'rate' },
    { k: 'ratio', h: ['积极分子与申请人之比(%)'], rate: ['act', 'apply'], kind: 'rate' },
    { k: 'fshare', h: ['女党员占比(%)'], rate: ['female', 'newm'], kind: 'share' },
    { k: 'regular', h: ['按期转正'] },
  ];
  let cols = colsAll.filter((c) => ['apply', 'act', 'tgt', 'newm'].includes(c.k) || chance(0.5));
  if (!cols.some((c) => c.k === 'plan')) cols = cols.filter((c) => c.k !== 'compl');
  if (!cols.some((c) => c.k === 'female')) cols = cols.filter((c) => c.k !== 'fshare');
  // groups of rows
  let groups;
  if (hier === 'sector') {
    groups = [
      { name: pick(['一、非公有制企业', '一、非公企业']), kids: shuffle(['规模以上企业', '规模以下企业', '个体工商户', '外商投资企业', '民营科技企业']).slice(0, ri(2, 4)) },
      { name: '二、社会组织', kids: shuffle(['社会团体', '民办非企业单位', '基金会', '行业协会商会']).slice(0, ri(2, 3)) },
    ];
    const ind = pick(['', '  ']), numSt = chance(0.5);
    groups.forEach((g) => g.kids = g.kids.map((k, i) => ind + (numSt ? '（' + ['一', '二', '三', '四'][i] + '）' : (i + 1) + '.') + k));
  } else if (hier === 'county') {
    groups = shuffle(COUNTIES).slice(0, ri(2, 4)).map((c) => ({ name: c, kids: shuffle(TOWNS).slice(0, ri(2, 5)) }));
    const st = pick(['小计', '合计']);
    opts.subBelow = chance(0.4); opts.indent = pick(['', '  ', '    ']);
    const suffix = opts.subBelow || chance(0.5);
    groups.forEach((g) => { g.name = g.name + (suffix ? st : ''); g.kids = g.kids.map((k) => opts.indent + k); });
  } else {
    const names = shuffle(opts.town ? TOWNS : COUNTIES).slice(0, ri(4, 14));
    groups = numberedNames(names, ri(0, 3)).map((n) => ({ name: n }));
  }
  const width = cols.length + (chance(0.3) ? 2 : 1);
  const seqCol = width > cols.length + 1; // 序号 column
  const unit = pick(['单位：人', '单位：人、%', '单位：名']);
  let r = titleBlock(sh, pick(['2024年', '2024年度', '']) + pick([CITY, '全市', '全县', '']) + pick(['非公有制企业和社会组织发展党员情况统计表', '“两新”组织发展党员工作进度表', '发展党员工作情况汇总表']), width, unit);
  const hasGrp = cols.some((c) => c.grp);
  const twoRow = hasGrp && chance(0.7);
  const c0 = seqCol ? 2 : 1;
  const hdrTop = r;
  if (seqCol) { sh.set(r, 1, '序号'); if (twoRow) sh.merge(r, 1, r + 1, 1); }
  sh.set(r, c0, pick(['单位', '县（市、区）', '地区', '项目', '单位名称'])); if (twoRow) sh.merge(r, c0, r + 1, c0);
  cols.forEach((c, i) => {
    const cc = c0 + 1 + i;
    if (twoRow) {
      if (c.grp) { sh.set(r + 1, cc, c.h[1]); }
      else { sh.set(r, cc, c.h[0]); sh.merge(r, cc, r + 1, cc); }
    } else sh.set(r, cc, c.grp ? (c.k === 'newm' ? '发展党员' : (c.h[1].startsWith('其中') ? c.h[1] : '其中：' + c.h[1])) : c.h[0]);
  });
  if (twoRow) { const gi = cols.map((c, i) => c.grp ? i : -1).filter((i) => i >= 0); sh.set(r, c0 + 1 + gi[0], '发展党员'); sh.merge(r, c0 + 1 + gi[0], r, c0 + 1 + gi[gi.length - 1]); r += 2; } else r++;
  if (chance(0.25)) { // column number row 甲 1 2 3
    sh.set(r, c0, '甲'); cols.forEach((c, i) => sh.set(r, c0 + 1 + i, String(i + 1))); r++;
  }
  const scale = hier === 'county' ? 0.4 : 1;
  // build row data
  const rows = []; // {label, rec, kind:'total'|'sub'|'leaf', members}
  const leafRecs = [];
  const totLabel = pick(['合计', '总计', '全市合计', '全市', '合　计']);
  const totalTop = opts.subBelow ? false : chance(0.5);
  const totalRow = { label: totLabel, kind: 'total' };
  const body = [];
  for (const g of groups) {
    if (g.kids) {
      const sub = { label: g.name, kind: 'sub', members: [] };
      const kids = g.kids.map((k) => ({ label: k, kind: 'leaf', rec: pipeRec(scale * (chance(0.1) ? 0.05 : 1)) }));
      sub.members = kids;
      if (hier === 'county' && opts.subBelow) { body.push(...kids, sub); } else body.push(sub, ...kids);
      totalRow.members = (totalRow.members || []).concat([sub]);
    } else {
      const leaf = { label: g.name, kind: 'leaf', rec: pipeRec(scale * (chance(0.08) ? 0.04 : 1)) };
      body.push(leaf); totalRow.members = (totalRow.members || []).concat([leaf]);
    }
  }
  const order = totalTop ? [totalRow, ...body] : [...body, totalRow];
  // aggregate
  const countKeys = ['apply', 'act', 'tgt', 'newm', 'female', 'young', 'edu', 'front', 'plan', 'regular'];
  function agg(row) { if (row.rec) return row.rec; const rec = {}; for (const m of row.members) agg(m); for (const k of countKeys) rec[k] = row.members.reduce((a, m) => a + m.rec[k], 0); row.rec = rec; return rec; }
  agg(totalRow);
  order.forEach((row, i) => { row.r = r + i; });
  let seq = 1;
  for (const row of order) {
    if (seqCol) sh.set(row.r, 1, row.kind === 'leaf' ? seq++ : '');
    sh.set(row.r, c0, row.label);
    cols.forEach((c, i) => {
      const cc = c0 + 1 + i;
      if (c.rate) {
        const n = row.rec[c.rate[0]], dd = row.rec[c.rate[1]];
        if (!dd) { sh.set(row.r, cc, '—'); return; }
        const v = rd(n / dd * 100, d);
        sh.num(row.r, cc, v, d);
        const ni = cols.findIndex((x) => x.k === c.rate[0]), di = cols.findIndex((x) => x.k === c.rate[1]);
        sh.rel({ t: 'rate', cell: A(row.r, cc), num: A(row.r, c0 + 1 + ni), den: A(row.r, c0 + 1 + di), k: 100, tol: tolOf(d), kind: c.kind });
      } else {
        sh.num(row.r, cc, row.rec[c.k], null);
        if (c.of) { const wi = cols.findIndex((x) => x.k === c.of); sh.rel({ t: 'le', whole: A(row.r, c0 + 1 + wi), parts: [A(row.r, cc)], tol: 0, kind: 'of' }); }
      }
    });
  }
  for (const row of order) if (row.members) {
    cols.forEach((c, i) => { if (c.rate) return; const cc = c0 + 1 + i; sh.rel({ t: 'sum', total: A(row.r, cc), parts: row.members.map((m) => A(m.r, cc)), tol: 0, kind: row.kind === 'total' ? 'total' : 'subtotal' }); });
  }
  r += order.length;
  const nl = ['注：1.本表统计范围为非公有制企业和社会组织。'];
  if (cols.some((c) => c.k === 'compl')) nl.push('2.完成计划(%)=发展党员数÷年度发展计划数×100。');
  notes(sh, r, nl);
  sh.colW = [seqCol ? 6 : null];
}

// ---------- Type B: structure of new members, two years ----------
function typeB(sh) {
  const d = pick([1, 1, 2]);
  const total = ri(150, 3000), prevTotal = Math.round(total * rf(0.75, 1.25));
  function split(t, ws) { const sum = ws.reduce((a, b) => a + b, 0); const v = ws.map((w) => Math.floor(t * w / sum)); let rem = t - v.reduce((a, b) => a + b, 0); for (let i = 0; rem > 0; i = (i + 1) % v.length, rem--) v[i]++; return v; }
  const bInd = pick(['', '  ', '    ']);
  const blocks = [];
  blocks.push({ head: null, items: [{ label: '新发展党员', key: 'T' }] });
  const fem = { label: pick(['其中：女', '  其中：女性', '其中:女']), key: 'F', le: true };
  blocks[0].items.push(fem);
  if (chance(0.5)) blocks[0].items.push({ label: pick(['少数民族', '  少数民族']), key: 'M', le: true });
  const parts = [
    { head: pick(['按年龄分：', '（一）年龄结构', '年龄']), labels: ['35岁及以下', '36-45岁', '46岁以上'], ws: () => [rf(5, 8), rf(1.5, 3), rf(0.3, 1)] },
    { head: pick(['按学历分：', '（二）学历结构', '学历']), labels: ['大专及以上', '高中、中专', '初中及以下'], ws: () => [rf(5, 8), rf(1, 3), rf(0.1, 1)] },
    { head: pick(['按职业分：', '（三）职业分布', '按工作岗位分：']), labels: shuffle(['生产一线', '专业技术人员', '管理人员']).concat(chance(0.6) ? ['其他'] : []), ws: null },
  ].filter(() => chance(0.8));
  if (parts.length === 0) parts.push({ head: '按年龄分：', labels: ['35岁及以下', '36-45岁', '46岁以上'], ws: () => [6, 2, 1] });
  const data = { T: [total, prevTotal], F: [Math.round(total * rf(0.3, 0.5)), Math.round(prevTotal * rf(0.3, 0.5))], M: [Math.round(total * rf(0.01, 0.08)), Math.round(prevTotal * rf(0.01, 0.08))] };
  for (const [pi, p] of parts.entries()) {
    const ws = p.ws ? p.ws() : p.labels.map(() => rf(0.5, 3));
    const cur = split(total, ws.map((w) => w * rf(0.9, 1.1))), prev = split(prevTotal, ws.map((w) => w * rf(0.9, 1.1)));
    const items = p.labels.map((l, i) => { const key = 'P' + pi + '_' + i; data[key] = [cur[i], prev[i]]; return { label: bInd + l, key, part: pi }; });
    blocks.push({ head: p.head, items, pi });
  }
  // columns
  const colSet = [{ k: 'cur', h: '2024年' }, { k: 'curS', h: '占比(%)' }, { k: 'prev', h: '2023年' }, { k: 'prevS', h: '占比(%)' }];
  if (chance(0.7)) colSet.push({ k: 'diff', h: pick(['比上年增减(人)', '增减']) });
  if (chance(0.8)) colSet.push({ k: 'gr', h: pick(['增长(%)', '比上年增长(%)', '增幅(%)']) });
  if (chance(0.6)) colSet.push({ k: 'pp', h: pick(['占比增减(百分点)', '比重增减(百分点)']) });
  const cols = colSet.filter((c) => !(c.k === 'prevS' && chance(0.2)));
  if (!cols.some((c) => c.k === 'prevS')) { const i = cols.findIndex((c) => c.k === 'pp'); if (i >= 0) cols.splice(i, 1); }
  const width = cols.length + 1;
  let r = titleBlock(sh, pick([CITY + '2024年新发展党员结构情况', '新发展党员基本情况对比表', '“两新”组织新发展党员结构分析']), width, pick(['单位：人、%', '单位：名']));
  const twoRow = chance(0.6);
  sh.set(r, 1, pick(['项目', '指标', '类别'])); if (twoRow) sh.merge(r, 1, r + 1, 1);
  if (twoRow) {
    const ci = {}; cols.forEach((c, i) => ci[c.k] = i + 2);
    sh.set(r, ci.cur, '2024年'); sh.set(r + 1, ci.cur, '人数'); sh.set(r + 1, ci.curS, '占比(%)'); sh.merge(r, ci.cur, r, ci.curS);
    sh.set(r, ci.prev, '2023年'); sh.set(r + 1, ci.prev, '人数');
    if (ci.prevS) { sh.set(r + 1, ci.prevS, '占比(%)'); sh.merge(r, ci.prev, r, ci.prevS); }
    const rest = cols.filter((c) => ['diff', 'gr', 'pp'].includes(c.k));
    if (rest.length) { const f = ci[rest[0].k], l = ci[rest[rest.length - 1].k]; sh.set(r, f, '比上年'); sh.merge(r, f, r, l); rest.forEach((c) => sh.set(r + 1, ci[c.k], c.h.replace('比上年', '').replace('增减(人)', '增减(人)'))); }
    r += 2;
  } else { cols.forEach((c, i) => sh.set(r, i + 2, c.h)); r++; }
  const cIdx = {}; cols.forEach((c, i) => cIdx[c.k] = i + 2);
  let totalR = null;
  const partRows = {};
  const ppFromRaw = chance(0.3);
  for (const b of blocks) {
    if (b.head) { sh.set(r, 1, b.head); r++; }
    for (const it of b.items) {
      const [cu, pv] = data[it.key];
      if (it.key === 'T') totalR = r;
      sh.set(r, 1, it.label);
      sh.num(r, cIdx.cur, cu, null); sh.num(r, cIdx.prev, pv, null);
      const sCur = rd(cu / total * 100, d), sPrev = rd(pv / prevTotal * 100, d);
      if (cIdx.curS) { sh.num(r, cIdx.curS, sCur, d); if (it.key !== 'T') sh.rel({ t: 'rate', cell: A(r, cIdx.curS), num: A(r, cIdx.cur), den: A(totalR, cIdx.cur), k: 100, tol: tolOf(d), kind: 'share' }); }
      if (cIdx.prevS) { sh.num(r, cIdx.prevS, sPrev, d); if (it.key !== 'T') sh.rel({ t: 'rate', cell: A(r, cIdx.prevS), num: A(r, cIdx.prev), den: A(totalR, cIdx.prev), k: 100, tol: tolOf(d), kind: 'share' }); }
      if (cIdx.diff) { const v = cu - pv; sh.set(r, cIdx.diff, v === 0 ? 0 : v, '0'); sh.rel({ t: 'pp', cell: A(r, cIdx.diff), cur: A(r, cIdx.cur), prev: A(r, cIdx.prev), tol: 0, kind: 'pp' }); }
      if (cIdx.gr) { if (pv) { sh.num(r, cIdx.gr, rd((cu / pv - 1) * 100, 1), 1); sh.rel({ t: 'growth', cell: A(r, cIdx.gr), cur: A(r, cIdx.cur), prev: A(r, cIdx.prev), tol: tolOf(1), kind: 'growth' }); } else sh.set(r, cIdx.gr, '—'); }
      if (cIdx.pp) {
        const v = ppFromRaw ? rd(cu / total * 100 - pv / prevTotal * 100, d) : rd(sCur - sPrev, d);
        sh.num(r, cIdx.pp, v, d);
        if (it.key !== 'T') sh.rel({ t: 'pp', cell: A(r, cIdx.pp), cur: A(r, cIdx.curS), prev: A(r, cIdx.prevS), tol: ppFromRaw ? Math.pow(10, -d) + 1e-9 : tolOf(d), kind: 'pp' });
      }
      if (it.le) for (const k of ['cur', 'prev']) sh.rel({ t: 'le', whole: A(totalR, cIdx[k]), parts: [A(r, cIdx[k])], tol: 0, kind: 'of' });
      if (it.part !== undefined) (partRows[it.part] = partRows[it.part] || []).push(r);
      r++;
    }
  }
  for (const rows of Object.values(partRows)) for (const k of ['cur', 'prev']) sh.rel({ t: 'sum', total: A(totalR, cIdx[k]), parts: rows.map((x) => A(x, cIdx[k])), tol: 0, kind: 'part' });
  notes(sh, r, ['注：占比为占当年新发展党员总数的比重。', '增长(%)=(本年-上年)÷上年×100。']);
}

// ---------- Type C: quarterly progress by region (本季/累计) or monthly ----------
function typeC(sh) {
  if (chance(0.45)) return typeCmonth(sh);
  const Q = ri(2, 4), qn = ['一季度', '二季度', '三季度', '四季度'];
  const withPlan = chance(0.6), d = pick([1, 2]);
  const names = shuffle(chance(0.5) ? COUNTIES : TOWNS).slice(0, ri(4, 12));
  const width = 1 + Q * 2 + (withPlan ? 2 : 0);
  let r = titleBlock(sh, pick(['2024年发展党员工作季度进度表', '各县区发展党员分季度完成情况', '非公企业和社会组织发展党员进度']), width, '单位：人');
  sh.set(r, 1, pick(['县区', '单位', '乡镇（街道）'])); sh.merge(r, 1, r + 1, 1);
  const cols = [];
  let c = 2;
  if (withPlan && chance(0.5)) { sh.set(r, c, '全年计划'); sh.merge(r, c, r + 1, c); cols.push({ k: 'plan', c }); c++; }
  for (let q = 0; q < Q; q++) { sh.set(r, c, qn[q]); sh.merge(r, c, r, c + 1); sh.set(r + 1, c, pick(['本季', '当季'])); sh.set(r + 1, c + 1, '累计'); cols.push({ k: 'q' + q, c }, { k: 'c' + q, c: c + 1 }); c += 2; }
  if (withPlan) { if (!cols.some((x) => x.k === 'plan')) { sh.set(r, c, '全年计划'); sh.merge(r, c, r + 1, c); cols.push({ k: 'plan', c }); c++; } sh.set(r, c, '完成计划(%)'); sh.merge(r, c, r + 1, c); cols.push({ k: 'compl', c }); c++; }
  r += 2;
  const recs = names.map((n) => { const qs = []; for (let q = 0; q < Q; q++) qs.push(ri(0, 40) * (chance(0.1) ? 0 : 1)); const cum = []; qs.reduce((a, b, i) => (cum[i] = a + b), 0); return { n, qs, cum, plan: Math.max(1, Math.round(Math.max(5, cum[Q - 1]) * rf(1.0, 1.6) * (4 / Q) * 0.8)) }; });
  const tot = { n: pick(['合计', '全市合计', '总计']), qs: [], cum: [], plan: 0 };
  for (let q = 0; q < Q; q++) { tot.qs[q] = recs.reduce((a, x) => a + x.qs[q], 0); tot.cum[q] = recs.reduce((a, x) => a + x.cum[q], 0); }
  tot.plan = recs.reduce((a, x) => a + x.plan, 0);
  const top = chance(0.5);
  const order = top ? [tot, ...recs] : [...recs, tot];
  const cOf = (k) => cols.find((x) => x.k === k).c;
  order.forEach((x, i) => x.r = r + i);
  for (const x of order) {
    sh.set(x.r, 1, x.n);
    for (let q = 0; q < Q; q++) {
      sh.num(x.r, cOf('q' + q), x.qs[q], null); sh.num(x.r, cOf('c' + q), x.cum[q], null);
      if (q === 0) sh.rel({ t: 'sum', total: A(x.r, cOf('c0')), parts: [A(x.r, cOf('q0'))], tol: 0, kind: 'running' });
      else sh.rel({ t: 'sum', total: A(x.r, cOf('c' + q)), parts: [A(x.r, cOf('c' + (q - 1))), A(x.r, cOf('q' + q))], tol: 0, kind: 'running' });
    }
    if (withPlan) { sh.num(x.r, cOf('plan'), x.plan, null); sh.num(x.r, cOf('compl'), rd(x.cum[Q - 1] / x.plan * 100, d), d); sh.rel({ t: 'rate', cell: A(x.r, cOf('compl')), num: A(x.r, cOf('c' + (Q - 1))), den: A(x.r, cOf('plan')), k: 100, tol: tolOf(d), kind: 'rate' }); }
  }
  for (const cl of cols) if (cl.k !== 'compl') sh.rel({ t: 'sum', total: A(tot.r, cl.c), parts: recs.map((x) => A(x.r, cl.c)), tol: 0, kind: 'total' });
  notes(sh, r + order.length, ['注：累计数为年初至本季度末累计发展党员数。']);
}
function typeCmonth(sh) {
  const M = ri(4, 12), d = pick([1, 2]);
  const plan = ri(200, 1500);
  const withAct = chance(0.6);
  const width = withAct ? 6 : 4;
  let r = titleBlock(sh, pick(['2024年全市发展党员月度进展情况', '发展党员工作月报（累计）', '两新组织发展党员逐月进度']), width, pick(['单位：人', '单位：人、%']));
  if (chance(0.5)) { sh.set(r, 1, '年度发展计划：' + plan + '人'); r++; }
  const twoRow = chance(0.6);
  const hdr = ['月份', '本月发展党员', '累计发展党员', '累计完成计划(%)'];
  if (withAct) hdr.push('本月确定积极分子', '累计确定积极分子');
  if (twoRow) {
    sh.set(r, 1, '月份'); sh.merge(r, 1, r + 1, 1);
    sh.set(r, 2, '发展党员'); sh.merge(r, 2, r, 4); sh.set(r + 1, 2, '本月'); sh.set(r + 1, 3, '累计'); sh.set(r + 1, 4, '累计完成计划(%)');
    if (withAct) { sh.set(r, 5, '确定入党积极分子'); sh.merge(r, 5, r, 6); sh.set(r + 1, 5, '本月'); sh.set(r + 1, 6, '累计'); }
    r += 2;
  } else { hdr.forEach((h, i) => sh.set(r, i + 1, h)); r++; }
  let cum = 0, cumA = 0;
  const planCell = chance(0.5) ? null : null;
  for (let m = 1; m <= M; m++) {
    const v = Math.round(plan / 12 * rf(0.3, 1.8)), a = ri(20, 200);
    const prevC = cum; cum += v; cumA += a;
    sh.set(r, 1, m + '月');
    sh.num(r, 2, v, null); sh.num(r, 3, cum, null); sh.num(r, 4, rd(cum / plan * 100, d), d);
    sh.rel(m === 1 ? { t: 'sum', total: A(r, 3), parts: [A(r, 2)], tol: 0, kind: 'running' } : { t: 'sum', total: A(r, 3), parts: [A(r - 1, 3), A(r, 2)], tol: 0, kind: 'running' });
    sh.rel({ t: 'rate', cell: A(r, 4), num: A(r, 3), den: null, k: 100, tol: tolOf(d), kind: 'rate', denConst: plan });
    if (withAct) { sh.num(r, 5, a, null); sh.num(r, 6, cumA, null); sh.rel(m === 1 ? { t: 'sum', total: A(r, 6), parts: [A(r, 5)], tol: 0, kind: 'running' } : { t: 'sum', total: A(r, 6), parts: [A(r - 1, 6), A(r, 5)], tol: 0, kind: 'running' }); }
    r++;
  }
  notes(sh, r, ['注：年度发展计划' + plan + '人。']);
}

// ---------- Type D: regions as columns ----------
function typeD(sh) {
  sh.pctFrac = VARIANT === 1 && chance(0.5);
  const d = pick([1, 2]);
  const names = shuffle(chance(0.5) ? COUNTIES : TOWNS).slice(0, ri(3, 9));
  const recs = names.map(() => pipeRec(1));
  const keys = [['apply', '入党申请人'], ['act', '入党积极分子'], ['tgt', '发展对象'], ['newm', '发展党员'], ['female', '  其中：女'], ['young', '  35岁及以下'], ['edu', '  大专及以上'], ['plan', '年度计划数'], ['compl', '完成计划(%)'], ['regular', '预备党员按期转正']].filter((k, i) => i < 4 || chance(0.6));
  if (!keys.some((k) => k[0] === 'plan')) { const i = keys.findIndex((k) => k[0] === 'compl'); if (i >= 0) keys.splice(i, 1); }
  const tot = {}; for (const k of Object.keys(recs[0])) tot[k] = recs.reduce((a, x) => a + x[k], 0);
  const totFirst = chance(0.6);
  const all = totFirst ? [tot, ...recs] : [...recs, tot];
  const labels = totFirst ? [pick(['全市', '合计', '总计']), ...names] : [...names, pick(['合计', '全市合计'])];
  const numbered = chance(0.3);
  const width = all.length + 1 + (numbered ? 1 : 0);
  let r = titleBlock(sh, pick(['各县（市、区）发展党员情况', '2024年分地区发展党员统计', '两新组织发展党员分县区情况表']), width, '单位：人');
  const c0 = numbered ? 2 : 1;
  if (numbered) sh.set(r, 1, '序号');
  sh.set(r, c0, pick(['指标', '项目']));
  labels.forEach((l, i) => sh.set(r, c0 + 1 + i, l));
  r++;
  const rowOf = {};
  keys.forEach(([k, l], i) => { rowOf[k] = r + i; if (numbered) sh.set(r + i, 1, l.startsWith(' ') ? '' : String(i + 1)); sh.set(r + i, c0, l); });
  all.forEach((rec, j) => {
    const cc = c0 + 1 + j;
    for (const [k] of keys) {
      if (k === 'compl') { if (!rec.plan) { sh.set(rowOf[k], cc, '—'); continue; } sh.num(rowOf[k], cc, rd(rec.newm / rec.plan * 100, d), d); sh.rel({ t: 'rate', cell: A(rowOf.compl, cc), num: A(rowOf.newm, cc), den: A(rowOf.plan, cc), k: 100, tol: tolOf(d), kind: 'rate' }); }
      else { sh.num(rowOf[k], cc, rec[k], null); if (['female', 'young', 'edu'].includes(k)) sh.rel({ t: 'le', whole: A(rowOf.newm, cc), parts: [A(rowOf[k], cc)], tol: 0, kind: 'of' }); }
    }
  });
  const tc = c0 + 1 + (totFirst ? 0 : all.length - 1);
  for (const [k] of keys) if (k !== 'compl') sh.rel({ t: 'sum', total: A(rowOf[k], tc), parts: all.map((_, j) => c0 + 1 + j).filter((c) => c !== tc).map((c) => A(rowOf[k], c)), tol: 0, kind: 'total' });
  notes(sh, r + keys.length, ['注：数据截至2024年12月31日。']);
}

// ---------- Type E: two years side by side by region ----------
function typeE(sh) {
  const names = shuffle(chance(0.5) ? COUNTIES : TOWNS).slice(0, ri(4, 12));
  const inds = [['newm', 'prevNew', '发展党员'], ['act', 'prevAct', '入党积极分子']].filter((x, i) => i === 0 || chance(0.5));
  const recs = names.map(() => pipeRec(1));
  const subCols = ['2023年', '2024年', pick(['比上年增减', '增减(人)']), pick(['增长(%)', '增减(%)', '比上年增长(%)'])];
  const width = 1 + inds.length * 4;
  let r = titleBlock(sh, pick(['发展党员情况年度对比', '2023—2024年各地发展党员对比表']), width, '单位：人、%');
  sh.set(r, 1, pick(['县区', '地区', '单位'])); sh.merge(r, 1, r + 1, 1);
  inds.forEach((ind, i) => { const c = 2 + i * 4; sh.set(r, c, ind[2]); sh.merge(r, c, r, c + 3); subCols.forEach((h, j) => sh.set(r + 1, c + j, h)); });
  r += 2;
  const tot = {}; for (const k of Object.keys(recs[0])) tot[k] = recs.reduce((a, x) => a + x[k], 0);
  const top = chance(0.5);
  const labels = [...names.map((n, i) => chance(0.3) ? (i + 1) + '.' + n : n)];
  const rows = top ? [[pick(['合计', '全市']), tot], ...recs.map((x, i) => [labels[i], x])] : [...recs.map((x, i) => [labels[i], x]), [pick(['合计', '全市合计']), tot]];
  const totR = top ? r : r + rows.length - 1;
  rows.forEach(([l, rec], i) => {
    const rr = r + i; sh.set(rr, 1, l);
    inds.forEach((ind, j) => {
      const c = 2 + j * 4, cur = rec[ind[0]], prev = rec[ind[1]];
      sh.num(rr, c, prev, null); sh.num(rr, c + 1, cur, null);
      sh.set(rr, c + 2, cur - prev, '0'); sh.rel({ t: 'pp', cell: A(rr, c + 2), cur: A(rr, c + 1), prev: A(rr, c), tol: 0, kind: 'pp' });
      if (prev) { sh.num(rr, c + 3, rd((cur / prev - 1) * 100, 1), 1); sh.rel({ t: 'growth', cell: A(rr, c + 3), cur: A(rr, c + 1), prev: A(rr, c), tol: tolOf(1), kind: 'growth' }); }
      else sh.set(rr, c + 3, '—');
    });
  });
  inds.forEach((ind, j) => { const c = 2 + j * 4; for (const cc of [c, c + 1]) sh.rel({ t: 'sum', total: A(totR, cc), parts: rows.map((_, i) => r + i).filter((x) => x !== totR).map((x) => A(x, cc)), tol: 0, kind: 'total' }); });
  notes(sh, r + rows.length, ['注：增长(%)=(2024年-2023年)÷2023年×100。']);
}

const TYPES = [
  ['表1 发展党员情况', (sh) => typeA(sh, {})],
  ['分乡镇', (sh) => typeA(sh, { town: true })],
  ['分领域', (sh) => typeA(sh, { hier: 'sector' })],
  ['县区乡镇', (sh) => typeA(sh, { hier: 'county' })],
  ['结构', typeB], ['进度', typeC], ['分地区', typeD], ['对比', typeE],
];

function relsOf(sh) { return sh.rels.map((r) => r.denConst ? { ...r, den: '__CONST' } : r); }
function getter(sh) { return (a) => a === '__CONST' ? null : sh.get(a); }
function evalSheetRel(sh, rel) {
  if (rel.denConst) { const g = (a) => require('./rel.js').num(sh.get(a)); return Math.abs(g(rel.cell) - g(rel.num) / rel.denConst * 100) - rel.tol; }
  return evalRel(rel, (a) => sh.get(a));
}
function brokenCount(sh) { return sh.rels.filter((rl) => { const e = evalSheetRel(sh, rl); return e !== null && e > 1e-9; }).length; }

function plant(sheets, kindWanted) {
  const kinds = shuffle(['total', 'part', 'subtotal', 'rate', 'share', 'growth', 'pp', 'running']);
  if (kindWanted) kinds.unshift(kindWanted);
  for (const kind of kinds) {
    const cands = [];
    for (const sh of sheets) for (const rl of sh.rels) {
      if (rl.t === 'sum' && kind === 'part' && (rl.kind === 'total' || rl.kind === 'subtotal' || rl.kind === 'part') && rl.parts.length > 1) for (const p of rl.parts) cands.push([sh, p, 'count']);
      else if (rl.t === 'sum' && rl.kind === kind && ['total', 'subtotal', 'running'].includes(kind)) cands.push([sh, rl.total, 'count']);
      else if (rl.t === 'rate' && rl.kind === kind) cands.push([sh, rl.cell, 'pct']);
      else if (rl.t === 'growth' && kind === 'growth') cands.push([sh, rl.cell, 'pct']);
      else if (rl.t === 'pp' && kind === 'pp') cands.push([sh, rl.cell, 'diff']);
    }
    for (const [sh, cell, ty] of shuffle(cands).slice(0, 25)) {
      const was = sh.get(cell);
      const wn = typeof was === 'number' ? was : Number(was);
      if (!Number.isFinite(wn) || was === '' || was === '—' || was === '-' || was === 0) continue;
      let now;
      if (ty === 'count') { if (Math.abs(wn) < 8) continue; const f = rf(0.06, 0.3) * (chance(0.5) ? 1 : -1); now = Math.round(wn * (1 + f)); if (Math.abs(now - wn) < 2) now = wn + 3; }
      else if (ty === 'pct' && String(sh.fmt.get(cell)).includes('%')) { now = rd(wn + rf(0.03, 0.12) * (chance(0.5) ? 1 : -1), 4); if (now < 0) now = rd(wn + 0.05, 4); }
      else if (ty === 'pct') { const dec = (String(sh.fmt.get(cell) || '0.0').split('.')[1] || '').length; now = rd(wn + rf(3, 12) * (chance(0.5) ? 1 : -1), dec || 1); if (kind !== 'growth' && now < 0) now = rd(wn + rf(3, 12), dec || 1); }
      else { if (Math.abs(wn) < 1) continue; const dec = (String(sh.fmt.get(cell) || '0').split('.')[1] || '').length; now = dec ? rd(wn + rf(2, 6) * (chance(0.5) ? 1 : -1), dec) : Math.round(wn + Math.max(3, Math.abs(wn) * rf(0.2, 0.5)) * (chance(0.5) ? 1 : -1)); }
      const nowV = typeof was === 'string' ? (ty === 'count' ? String(now) : now.toFixed((was.split('.')[1] || '').length)) : now;
      sh.cells.set(cell, nowV);
      if (brokenCount(sh) === 1 || (['subtotal', 'running'].includes(kind) && brokenCount(sh) === 2)) return { sheet: sh.name, cell, was, now: nowV, kind };
      sh.cells.set(cell, was);
    }
  }
  return null;
}

async function main() {
  fs.mkdirSync(outDir, { recursive: true });
  const setName = path.basename(outDir);
  const relDir = path.join(__dirname, 'rel');
  fs.mkdirSync(relDir, { recursive: true });
  const manifest = [];
  const kindCycle = ['total', 'part', 'subtotal', 'rate', 'share', 'growth', 'pp', 'running'];
  let planted = 0;
  for (let b = 0; b < N; b++) {
    const nS = ri(1, 3);
    const used = new Set();
    const sheets = [];
    const willPlant = b % 2 === 1 && FRAC > 0;
    const wanted = willPlant ? kindCycle[b % 16 >> 1] : null;
    const SUPPORT = { subtotal: ['分领域', '县区乡镇'], running: ['进度'], pp: ['结构', '对比'], growth: ['结构', '对比'], share: ['结构'], rate: ['表1 发展党员情况', '分乡镇', '分地区', '进度'], total: null, part: null };
    for (let i = 0; i < nS; i++) {
      let t; do { t = pick(TYPES); } while (used.has(t[0]) || (i === 0 && wanted && SUPPORT[wanted] && !SUPPORT[wanted].includes(t[0])));
      used.add(t[0]);
      const name = VARIANT === 1 ? pick(['Sheet', '表']) + (i + 1) : (chance(0.3) ? '表' + (i + 1) + ' ' : '') + t[0];
      const sh = new Sheet(name);
      t[1](sh);
      if (brokenCount(sh) > 0) throw new Error('generator inconsistency in ' + name + ' book ' + b);
      sheets.push(sh);
    }
    const file = `${setName}_${String(b + 1).padStart(3, '0')}.xlsx`;
    let plants = [];
    if (willPlant) {
      const p = plant(sheets, wanted);
      if (p) { plants = [p]; planted++; }
    }
    const wb = new ExcelJS.Workbook();
    for (const sh of sheets) {
      const ws = wb.addWorksheet(sh.name);
      for (const [a, v] of sh.cells) { if (v === '' ) continue; const c = ws.getCell(a); c.value = v; const f = sh.fmt.get(a); if (f && typeof v === 'number') c.numFmt = f; }
      for (const m of sh.merges) { try { ws.mergeCells(m[0], m[1], m[2], m[3]); } catch (e) { } }
      ws.getColumn(1).width = 18;
    }
    await wb.xlsx.writeFile(path.join(outDir, file));
    // relations are of the CLEAN book (restore plant for the record)
    const relOut = sheets.map((sh) => ({ sheet: sh.name, rels: relsOf(sh), denConst: undefined }));
    if (plants.length) relOut.planted = plants;
    fs.writeFileSync(path.join(relDir, `${file}.json`), JSON.stringify({ set: setName, file, plants, sheets: sheets.map((sh) => ({ sheet: sh.name, rels: sh.rels })) }));
    manifest.push({ file, plants });
  }
  fs.writeFileSync(path.join(outDir, 'manifest.json'), JSON.stringify(manifest, null, 1));
  console.log(`${setName}: ${N} books, ${manifest.filter((m) => m.plants.length).length} planted`);
}
main().catch((e) => { console.error(e); process.exit(1); });
