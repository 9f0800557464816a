// round67a generator: 群团组织覆盖 / 党费收缴使用 / 党组织书记 / 党建指导员 / 季度台账
// node gen.js -> cases/ + manifest.json + cases/constraints.json
// node gen.js --probe -> probe/ + probe/manifest.json + probe/constraints.json
const ExcelJS = require('/work/main/node_modules/exceljs');
const fs = require('fs'), path = require('path');
const PROBE = process.argv.includes('--probe');
const OUT = path.join(__dirname, PROBE ? 'probe' : 'cases');
fs.mkdirSync(OUT, { recursive: true });

function mkRng(seed) { let s = seed >>> 0 || 1; return () => { s ^= s << 13; s >>>= 0; s ^= s >>> 17; s ^= s << 5; s >>>= 0; return s / 4294967296; }; }
const R = (d, x) => { const f = Math.pow(10, d); return Math.round((x + (x >= 0 ? 1e-9 : -1e-9)) * f) / f; };
const ri = (rng, a, b) => a + Math.floor(rng() * (b - a + 1));
const pick = (rng, a) => a[Math.floor(rng() * a.length)];

const PLACES = [
  { name: '湖州市', leaves: ['吴兴区', '南浔区', '德清县', '长兴县', '安吉县', '南太湖新区'] },
  { name: '宿迁市', leaves: ['宿城区', '宿豫区', '沭阳县', '泗阳县', '泗洪县', '经开区', '湖滨新区'] },
  { name: '遵义市', leaves: ['红花岗区', '汇川区', '播州区', '桐梓县', '绥阳县', '正安县', '道真县', '务川县', '凤冈县', '湄潭县', '余庆县', '习水县', '赤水市', '仁怀市'] },
  { name: '晋江市', leaves: ['青阳街道', '梅岭街道', '西园街道', '罗山街道', '新塘街道', '灵源街道', '安海镇', '磁灶镇', '陈埭镇', '池店镇'] },
  { name: '滕州市', leaves: ['荆河街道', '龙泉街道', '北辛街道', '善南街道', '东沙河街道', '官桥镇', '柴胡店镇', '羊庄镇'] },
  { name: '常熟市', leaves: ['虞山街道', '常福街道', '琴川街道', '莫城街道', '碧溪街道', '梅李镇', '海虞镇', '古里镇', '沙家浜镇', '支塘镇', '董浜镇', '尚湖镇'] },
  { name: '株洲市', leaves: ['荷塘区', '芦淞区', '石峰区', '天元区', '渌口区', '醴陵市', '攸县', '茶陵县', '炎陵县'] },
];
const YEARS = [2021, 2022, 2023, 2024];

// ---------------- column specs ----------------
// kind: int | money | qz(of) | part(of, group) | sumOf(keys) | rate(num,den) | avg(w) | share(of) | growth(cur,prev) | percap(num,den,mul) | diff(plus,minus)
const C = {
  union: () => [
    { key: 'ent', h: '非公企业数（个）', kind: 'int', lo: 40, hi: 900 },
    { key: 'uni', h: '已建工会企业数（个）', g: '工会', kind: 'qz', of: 'ent', lo: 0.6, hi: 0.97 },
    { key: 'uniR', h: '建会率（%）', g: '工会', kind: 'rate', num: 'uni', den: 'ent' },
    { key: 'mem', h: '会员人数（人）', g: '工会', kind: 'int', lo: 1500, hi: 60000 },
    { key: 'fem', h: '其中：女会员', g: '工会', kind: 'qz', of: 'mem', lo: 0.3, hi: 0.56 },
    { key: 'lea', h: '已建团组织数（个）', g: '共青团', kind: 'qz', of: 'ent', lo: 0.15, hi: 0.5 },
    { key: 'leaR', h: '建团率（%）', g: '共青团', kind: 'rate', num: 'lea', den: 'ent' },
    { key: 'wom', h: '已建妇联组织数（个）', g: '妇联', kind: 'qz', of: 'ent', lo: 0.1, hi: 0.4 },
    { key: 'womR', h: '建妇联率（%）', g: '妇联', kind: 'rate', num: 'wom', den: 'ent' },
  ],
  fee: () => [
    { key: 'pm', h: '党员人数（人）', kind: 'int', lo: 300, hi: 9000 },
    { key: 'due', h: '应缴党费（万元）', kind: 'money', lo: 0.02, hi: 0.045, per: 'pm' },
    { key: 'paid', h: '实缴党费（万元）', kind: 'qz', of: 'due', lo: 0.9, hi: 1.0, dec: 2 },
    { key: 'payR', h: '收缴率（%）', kind: 'rate', num: 'paid', den: 'due' },
    { key: 'up', h: '上缴上级（万元）', g: '其中', kind: 'part', of: 'paid', group: 'ud', w: 0.5, dec: 2 },
    { key: 'keep', h: '留存使用（万元）', g: '其中', kind: 'part', of: 'paid', group: 'ud', w: 0.5, dec: 2 },
    { key: 'per', h: '人均实缴（元）', kind: 'percap', num: 'paid', den: 'pm', mul: 10000, dec: 2 },
  ],
  balance: () => [
    { key: 'open', h: '上年结余', kind: 'money', lo: 0.5, hi: 30 },
    { key: 'inc', h: '本年收入', kind: 'money', lo: 2, hi: 40 },
    { key: 'exp', h: '本年支出', kind: 'qz', of: 'inc', lo: 0.6, hi: 1.1, dec: 2, allowOver: true },
    { key: 'close', h: '年末结余', kind: 'diff', plus: ['open', 'inc'], minus: ['exp'], dec: 2 },
  ],
  secretary: () => [
    { key: 'n', h: '书记人数（人）', kind: 'sumOf', keys: ['a1', 'a2', 'a3', 'a4'], lo: 20, hi: 700 },
    { key: 'a1', h: '35岁及以下', g: '年龄', kind: 'part', of: 'n', group: 'age', w: 0.12 },
    { key: 'a2', h: '36—45岁', g: '年龄', kind: 'part', of: 'n', group: 'age', w: 0.3 },
    { key: 'a3', h: '46—55岁', g: '年龄', kind: 'part', of: 'n', group: 'age', w: 0.38 },
    { key: 'a4', h: '56岁及以上', g: '年龄', kind: 'part', of: 'n', group: 'age', w: 0.2 },
    { key: 'e1', h: '研究生', g: '学历', kind: 'part', of: 'n', group: 'edu', w: 0.05 },
    { key: 'e2', h: '大学本科', g: '学历', kind: 'part', of: 'n', group: 'edu', w: 0.4 },
    { key: 'e3', h: '大专', g: '学历', kind: 'part', of: 'n', group: 'edu', w: 0.35 },
    { key: 'e4', h: '中专及以下', g: '学历', kind: 'part', of: 'n', group: 'edu', w: 0.2 },
    { key: 'fem', h: '其中：女性', kind: 'qz', of: 'n', lo: 0.15, hi: 0.4 },
    { key: 'jr', h: '其中：出资人兼任', kind: 'qz', of: 'n', lo: 0.2, hi: 0.6 },
    { key: 'avg', h: '平均年龄（岁）', kind: 'avg', w: 'n', lo: 41, hi: 52 },
  ],
  instructor: () => [
    { key: 'ent', h: '非公企业（个）', g: '应覆盖组织数', kind: 'int', lo: 30, hi: 600 },
    { key: 'soc', h: '社会组织（个）', g: '应覆盖组织数', kind: 'int', lo: 5, hi: 150 },
    { key: 'tot', h: '小计', g: '应覆盖组织数', kind: 'sumOf', keys: ['ent', 'soc'], first: true },
    { key: 'ins', h: '派驻党建指导员（名）', kind: 'int', lo: 3, hi: 60 },
    { key: 'cov', h: '已覆盖组织数（个）', kind: 'qz', of: 'tot', lo: 0.7, hi: 1.0 },
    { key: 'covR', h: '覆盖率（%）', kind: 'rate', num: 'cov', den: 'tot' },
    { key: 'perI', h: '人均联系组织数（个）', kind: 'percap', num: 'cov', den: 'ins', mul: 1, dec: 1 },
  ],
  growth: () => [
    { key: 'cur', h: '本年实缴党费（万元）', kind: 'money', lo: 3, hi: 80 },
    { key: 'prev', h: '上年实缴党费（万元）', kind: 'money', lo: 3, hi: 80, near: 'cur' },
    { key: 'chg', h: '增减额（万元）', kind: 'diff', plus: ['cur'], minus: ['prev'], dec: 2 },
    { key: 'gr', h: '同比增减（%）', kind: 'growth', cur: 'cur', prev: 'prev' },
  ],
  growthInt: () => [
    { key: 'cur', h: '本年建会企业数（个）', kind: 'int', lo: 30, hi: 800 },
    { key: 'prev', h: '上年建会企业数（个）', kind: 'int', lo: 30, hi: 800, near: 'cur' },
    { key: 'gr', h: '同比增长（%）', kind: 'growth', cur: 'cur', prev: 'prev' },
  ],
  shareMem: () => [
    { key: 'mem', h: '工会会员（人）', kind: 'int', lo: 800, hi: 40000 },
    { key: 'sh', h: '占比（%）', kind: 'share', of: 'mem' },
    { key: 'fem', h: '其中：女会员（人）', kind: 'qz', of: 'mem', lo: 0.3, hi: 0.55 },
    { key: 'fsh', h: '女会员占比（%）', kind: 'rate', num: 'fem', den: 'mem' },
  ],
};

// ---------------- build a logical area table ----------------
function buildArea(rng, spec) {
  const cols = spec.cols;
  const colBy = Object.fromEntries(cols.map((c) => [c.key, c]));
  const decOf = (c) => (c.kind === 'money' ? 2 : c.dec != null ? c.dec : (c.kind === 'rate' || c.kind === 'growth' || c.kind === 'share' || c.kind === 'avg') ? 1 : 0);
  cols.forEach((c) => { c.d = decOf(c); });
  const leaves = spec.leaves.map((label) => ({ label, kind: 'leaf', v: {} }));
  for (const l of leaves) {
    const sc = 0.4 + rng() * 1.6;
    const v = l.v;
    const zeroLeaf = spec.zeroLeaf === l.label;
    const done = new Set();
    let guard = 0;
    while (done.size < cols.length && guard++ < 20) {
      for (const c of cols) {
        if (done.has(c.key)) continue;
        const ready = (k) => done.has(k);
        if (c.kind === 'int') { v[c.key] = zeroLeaf && c.key !== 'ins' ? 0 : (c.near && ready(c.near) ? Math.max(1, Math.round(v[c.near] * (0.8 + rng() * 0.35))) : Math.round((c.lo + rng() * (c.hi - c.lo)) * sc)); if (c.near && !ready(c.near)) continue; done.add(c.key); }
        else if (c.kind === 'money') {
          if (c.per) { if (!ready(c.per)) continue; v[c.key] = R(2, v[c.per] * (c.lo + rng() * (c.hi - c.lo))); }
          else if (c.near) { if (!ready(c.near)) continue; v[c.key] = R(2, v[c.near] * (0.8 + rng() * 0.35)); }
          else v[c.key] = R(2, (c.lo + rng() * (c.hi - c.lo)) * sc);
          done.add(c.key);
        } else if (c.kind === 'qz') {
          if (!ready(c.of)) continue; const b = v[c.of];
          let x = R(c.d, b * (c.lo + rng() * (c.hi - c.lo)));
          if (!c.allowOver && x > b) x = b; v[c.key] = x; done.add(c.key);
        } else if (c.kind === 'sumOf') {
          if (c.first) { if (!c.keys.every(ready)) continue; v[c.key] = R(c.d, c.keys.reduce((a, k) => a + v[k], 0)); done.add(c.key); }
          else { v[c.key] = zeroLeaf ? 0 : Math.round((c.lo + rng() * (c.hi - c.lo)) * sc); done.add(c.key); }
        } else if (c.kind === 'part') {
          if (!ready(c.of)) continue;
          const grp = cols.filter((x) => x.kind === 'part' && x.group === c.group);
          const tot = v[c.of]; let rest = tot; const f = Math.pow(10, c.d);
          grp.forEach((g, i) => {
            let x = i === grp.length - 1 ? R(c.d, rest) : Math.min(rest, R(c.d, Math.round(tot * g.w * (0.6 + rng() * 0.8) * f) / f));
            rest = R(c.d, rest - x); v[g.key] = x; done.add(g.key);
          });
        } else if (c.kind === 'avg') { v[c.key] = R(1, c.lo + rng() * (c.hi - c.lo)); done.add(c.key); }
        else done.add(c.key); // derived later
      }
    }
  }
  // per-leaf derived diff first (additive)
  const derive = (v, isTotal) => {
    for (const c of cols) {
      if (c.kind === 'diff') v[c.key] = R(c.d, c.plus.reduce((a, k) => a + v[k], 0) - c.minus.reduce((a, k) => a + v[k], 0));
    }
  };
  leaves.forEach((l) => derive(l.v));
  const additive = (c) => ['int', 'money', 'qz', 'part', 'sumOf', 'diff'].includes(c.kind);
  const total = { label: spec.totalLabel, kind: 'total', v: {} };
  const subsetRow = spec.subset ? { label: '其中：' + spec.subset.label, kind: 'qzrow', v: {}, members: spec.subset.members } : null;
  for (const c of cols) if (additive(c)) {
    total.v[c.key] = R(c.d, leaves.reduce((a, l) => a + l.v[c.key], 0));
    if (subsetRow) subsetRow.v[c.key] = R(c.d, leaves.filter((l) => subsetRow.members.includes(l.label)).reduce((a, l) => a + l.v[c.key], 0));
  }
  const agg = [total, subsetRow].filter(Boolean);
  for (const c of cols) if (c.kind === 'avg') {
    for (const a of agg) {
      const ls = a === total ? leaves : leaves.filter((l) => a.members.includes(l.label));
      const sw = ls.reduce((s, l) => s + l.v[c.w], 0);
      a.v[c.key] = R(1, ls.reduce((s, l) => s + l.v[c.key] * l.v[c.w], 0) / sw);
    }
  }
  const all = [total, ...(subsetRow ? [subsetRow] : []), ...leaves];
  for (const r of all) for (const c of cols) {
    const v = r.v;
    if (c.kind === 'rate') v[c.key] = v[c.den] ? (spec.frac ? R(3, v[c.num] / v[c.den]) : R(1, v[c.num] / v[c.den] * 100)) : '—';
    if (c.kind === 'percap') v[c.key] = v[c.den] ? R(c.d, v[c.num] * c.mul / v[c.den]) : '—';
    if (c.kind === 'growth') v[c.key] = v[c.prev] ? R(1, (v[c.cur] / v[c.prev] - 1) * 100) : '—';
    if (c.kind === 'share') v[c.key] = r === total ? 100 : R(1, v[c.of] / total.v[c.of] * 100);
    if (c.kind === 'avg' && r.kind === 'leaf' && !v[c.w]) v[c.key] = '—';
  }
  // constraints (logical: [rowObj, key])
  const cons = [];
  for (const c of cols) {
    if (additive(c)) {
      cons.push({ t: 'sum', tgt: [total, c.key], parts: leaves.map((l) => [l, c.key]) });
      if (subsetRow) cons.push({ t: 'sum', tgt: [subsetRow, c.key], parts: leaves.filter((l) => subsetRow.members.includes(l.label)).map((l) => [l, c.key]) });
    }
    for (const r of all) {
      if (c.kind === 'qz') cons.push({ t: 'le', a: [r, c.key], b: [r, c.of], soft: c.allowOver });
      if (c.kind === 'sumOf' && c.keys) cons.push({ t: 'sum', tgt: [r, c.key], parts: c.keys.map((k) => [r, k]), rowwise: true });
      if (c.kind === 'part' && c.key === cols.find((x) => x.group === c.group).key) cons.push({ t: 'sum', tgt: [r, c.of], parts: cols.filter((x) => x.group === c.group).map((x) => [r, x.key]), rowwise: true });
      if (c.kind === 'diff') cons.push({ t: 'diff', tgt: [r, c.key], plus: c.plus.map((k) => [r, k]), minus: c.minus.map((k) => [r, k]), dec: c.d });
      if (c.kind === 'rate') cons.push({ t: 'rate', tgt: [r, c.key], num: [r, c.num], den: [r, c.den], mul: spec.frac ? 1 : 100, dec: spec.frac ? 3 : 1 });
      if (c.kind === 'percap') cons.push({ t: 'rate', tgt: [r, c.key], num: [r, c.num], den: [r, c.den], mul: c.mul, dec: c.d });
      if (c.kind === 'growth') cons.push({ t: 'growth', tgt: [r, c.key], cur: [r, c.cur], prev: [r, c.prev], dec: 1 });
      if (c.kind === 'share') cons.push({ t: 'rate', tgt: [r, c.key], num: [r, c.of], den: [total, c.of], mul: 100, dec: 1 });
    }
    if (c.kind === 'avg') for (const a of agg) { const ls = a === total ? leaves : leaves.filter((l) => a.members.includes(l.label)); cons.push({ t: 'avg', tgt: [a, c.key], vals: ls.map((l) => [l, c.key]), ws: ls.map((l) => [l, c.w]), dec: 1 }); }
  }
  return { cols, total, subsetRow, leaves, all, cons };
}

// ---------------- quarterly ledger (rows = quarters) ----------------
function buildQuarter(rng, nq, withTotal) {
  const qn = ['第一季度', '第二季度', '第三季度', '第四季度'];
  const cols = [
    { key: 'q', h: '本季度', g: '实缴党费（万元）', d: 2 }, { key: 'cum', h: '累计', g: '实缴党费（万元）', d: 2 },
    { key: 'pcum', h: '上年同期累计', g: '实缴党费（万元）', d: 2 }, { key: 'gr', h: '同比增减（%）', g: '实缴党费（万元）', d: 1 },
    { key: 'nq', h: '本季度', g: '新建工会（个）', d: 0 }, { key: 'ncum', h: '累计', g: '新建工会（个）', d: 0 },
  ];
  const rows = []; let cum = 0, pcum = 0, ncum = 0;
  for (let i = 0; i < 4; i++) {
    const r = { label: qn[i], kind: 'leaf', v: {} };
    if (i < nq) {
      const q = R(2, 20 + rng() * 60); const pq = R(2, q * (0.8 + rng() * 0.35));
      cum = R(2, cum + q); pcum = R(2, pcum + pq); const n = ri(rng, 0, 25); ncum += n;
      Object.assign(r.v, { q, cum, pcum, gr: R(1, (cum / pcum - 1) * 100), nq: n, ncum });
    } else Object.assign(r.v, { q: null, cum: null, pcum: null, gr: null, nq: null, ncum: null });
    rows.push(r);
  }
  const cons = [];
  const filled = rows.slice(0, nq);
  filled.forEach((r, i) => {
    cons.push({ t: 'sum', tgt: [r, 'cum'], parts: filled.slice(0, i + 1).map((x) => [x, 'q']), rowwise: true });
    cons.push({ t: 'sum', tgt: [r, 'ncum'], parts: filled.slice(0, i + 1).map((x) => [x, 'nq']), rowwise: true });
    cons.push({ t: 'growth', tgt: [r, 'gr'], cur: [r, 'cum'], prev: [r, 'pcum'], dec: 1 });
  });
  let total = null;
  if (withTotal) {
    total = { label: '合计', kind: 'total', v: { q: R(2, filled.reduce((a, r) => a + r.v.q, 0)), cum: '—', pcum: '—', gr: '—', nq: filled.reduce((a, r) => a + r.v.nq, 0), ncum: '—' } };
    cons.push({ t: 'sum', tgt: [total, 'q'], parts: filled.map((r) => [r, 'q']) });
    cons.push({ t: 'sum', tgt: [total, 'nq'], parts: filled.map((r) => [r, 'nq']) });
    rows.push(total);
  }
  return { cols, all: rows, leaves: filled, total, cons, quarter: true };
}

// ---------------- vertical 收支 ledger (rows = items, cols = 本季度/本年累计) ----------------
function buildLedger(rng, withPrev) {
  const incItems = ['党员交纳党费', '上级党组织下拨', '其他收入'];
  const expItems = ['培训党员', '订阅或购买党员教育资料', '表彰先进', '慰问困难党员', '其他支出'];
  const colKeys = withPrev ? ['q', 'cum', 'pcum'] : ['q', 'cum'];
  const cols = [{ key: 'q', h: '本季度', d: 2 }, { key: 'cum', h: '本年累计', d: 2 }];
  if (withPrev) cols.push({ key: 'pcum', h: '上年同期累计', d: 2 }, { key: 'gr', h: '同比增减（%）', d: 1 });
  const mk = (label, kind) => ({ label, kind, v: {} });
  const openQ = mk('期初结余', 'leaf'), inc = mk('一、收入合计', 'total'), exp = mk('二、支出合计', 'total'), close = mk('期末结余', 'leaf');
  const incR = incItems.map((x, i) => mk((i === 0 ? '其中：' : FW2) + x, 'leaf'));
  const expR = expItems.map((x, i) => mk((i === 0 ? '其中：' : FW2) + x, 'leaf'));
  // year-open balance Y, earlier quarters' income/exp give quarter-open
  const Y = R(2, 5 + rng() * 40);
  for (let i = 0; i < incR.length; i++) { const q = R(2, (i === 0 ? 8 : 1) * (0.5 + rng() * 3)); incR[i].v.q = q; incR[i].v.cum = R(2, q + (i === 0 ? 8 : 1) * (1 + rng() * 5)); if (withPrev) incR[i].v.pcum = R(2, incR[i].v.cum * (0.8 + rng() * 0.35)); }
  for (let i = 0; i < expR.length; i++) { const q = R(2, 1 + rng() * 4); expR[i].v.q = q; expR[i].v.cum = R(2, q + 1 + rng() * 6); if (withPrev) expR[i].v.pcum = R(2, expR[i].v.cum * (0.8 + rng() * 0.35)); }
  for (const k of colKeys) { inc.v[k] = R(2, incR.reduce((a, r) => a + r.v[k], 0)); exp.v[k] = R(2, expR.reduce((a, r) => a + r.v[k], 0)); }
  // close = Y + cumInc - cumExp ; openQ(q col) = close - qInc + qExp ; openQ(cum col) = Y
  const C = R(2, Y + inc.v.cum - exp.v.cum);
  if (C < 0) return buildLedger(rng, withPrev);
  close.v.q = C; close.v.cum = C; openQ.v.q = R(2, C - inc.v.q + exp.v.q); openQ.v.cum = Y;
  if (openQ.v.q < 0) return buildLedger(rng, withPrev);
  if (withPrev) { const PY = R(2, 5 + rng() * 30); openQ.v.pcum = PY; close.v.pcum = R(2, PY + inc.v.pcum - exp.v.pcum); if (close.v.pcum < 0) return buildLedger(rng, withPrev); }
  const rows = [openQ, inc, ...incR, exp, ...expR, close];
  if (withPrev) for (const r of rows) r.v.gr = r.v.pcum ? R(1, (r.v.cum / r.v.pcum - 1) * 100) : '—';
  const cons = [];
  for (const k of colKeys) {
    cons.push({ t: 'sum', tgt: [inc, k], parts: incR.map((r) => [r, k]) });
    cons.push({ t: 'sum', tgt: [exp, k], parts: expR.map((r) => [r, k]) });
    cons.push({ t: 'diff', tgt: [close, k], plus: [[openQ, k], [inc, k]], minus: [[exp, k]], dec: 2 });
    for (const r of incR) cons.push({ t: 'le', a: [r, k], b: [inc, k] });
  }
  if (withPrev) for (const r of rows) cons.push({ t: 'growth', tgt: [r, 'gr'], cur: [r, 'cum'], prev: [r, 'pcum'], dec: 1 });
  // q <= cum for flows
  return { cols, all: rows, leaves: [...incR, ...expR], total: inc, cons, ledger: true, rowsMeta: { openQ, inc, exp, close, incR, expR } };
}
const FW2 = '\u3000\u3000\u3000';

// ---------------- layout ----------------
const colL = (c) => { let s = ''; while (c > 0) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s; };
const addr = (r, c) => colL(c) + r;

// place table t on worksheet ws at (r0, c0); returns {pos: Map(rowObj -> Map(key -> addr)), endRow, endCol}
function place(ws, t, o) {
  const { r0 = 1, c0 = 1, title, unitLine, firstHead = '单位', notes = [], totalLast = false, spacer = false, frac = false, textNums = 0, rng, transpose = false, indentLeaves = false, noGroupHead = false } = o;
  const pos = new Map();
  const cols = t.cols;
  const rowsOrdered = t.quarter || t.ledger ? t.all : (totalLast ? [...t.leaves, t.total, ...(t.subsetRow ? [t.subsetRow] : [])] : [t.total, ...(t.subsetRow ? [t.subsetRow] : []), ...t.leaves]);
  const isRateCol = (c) => c.kind === 'rate' || c.key === 'covR' || c.key === 'fsh';
  const fmtFor = (c) => (frac && isRateCol(c) ? '0.0%' : c.d ? '0.' + '0'.repeat(c.d) : (o.thou ? '#,##0' : '0'));
  const putVal = (cell, c, v) => {
    if (v === null || v === undefined) return;
    if (typeof v === 'number' && textNums && rng() < textNums && !(frac && isRateCol(c))) { cell.value = c.d ? v.toFixed(c.d) : String(v); cell.numFmt = '@'; return; }
    cell.value = v; if (typeof v === 'number') cell.numFmt = fmtFor(c);
    if (v === '—') cell.alignment = { horizontal: 'center' };
  };
  const border = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
  let r = r0;
  const width = transpose ? rowsOrdered.length + 1 : cols.length + 1;
  if (title) { ws.getCell(r, c0).value = title; ws.getCell(r, c0).font = { bold: true, size: 14 }; ws.getCell(r, c0).alignment = { horizontal: 'center' }; ws.mergeCells(r, c0, r, c0 + width - 1); r++; }
  if (unitLine) { ws.getCell(r, c0).value = unitLine[0]; if (unitLine[1]) ws.getCell(r, c0 + width - 1).value = unitLine[1]; r++; }
  if (!transpose) {
    const hasG = !noGroupHead && cols.some((c) => c.g);
    const hr = r;
    ws.getCell(hr, c0).value = firstHead;
    if (hasG) ws.mergeCells(hr, c0, hr + 1, c0);
    let i = 0;
    while (i < cols.length) {
      const c = cols[i], cc = c0 + 1 + i;
      if (hasG && c.g) {
        let j = i; while (j + 1 < cols.length && cols[j + 1].g === c.g) j++;
        ws.getCell(hr, cc).value = c.g; if (j > i) ws.mergeCells(hr, cc, hr, c0 + 1 + j);
        for (let k = i; k <= j; k++) ws.getCell(hr + 1, c0 + 1 + k).value = cols[k].h;
        i = j + 1;
      } else { ws.getCell(hr, cc).value = c.h; if (hasG) ws.mergeCells(hr, cc, hr + 1, cc); i++; }
    }
    r = hr + (hasG ? 2 : 1);
    for (let rr = hr; rr < r; rr++) for (let k = 0; k < width; k++) { ws.getCell(rr, c0 + k).border = border; ws.getCell(rr, c0 + k).alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }; }
    rowsOrdered.forEach((row, idx) => {
      if (spacer && idx === 1 && !totalLast && !t.ledger && !t.quarter) r++;
      if (spacer && totalLast && row.kind === 'total' && !t.ledger) r++;
      const m = new Map(); pos.set(row, m);
      ws.getCell(r, c0).value = (indentLeaves && row.kind === 'leaf' ? '\u3000\u3000' : '') + row.label;
      cols.forEach((c, k) => { const cell = ws.getCell(r, c0 + 1 + k); putVal(cell, c, row.v[c.key]); m.set(c.key, addr(r, c0 + 1 + k)); cell.border = border; });
      ws.getCell(r, c0).border = border;
      r++;
    });
  } else {
    ws.getCell(r, c0).value = o.cornerHead || '指标';
    rowsOrdered.forEach((row, k) => { ws.getCell(r, c0 + 1 + k).value = row.label; pos.set(row, new Map()); });
    r++;
    cols.forEach((c) => {
      ws.getCell(r, c0).value = (c.g && c.g !== '其中' && !c.h.startsWith('其中') ? c.g : '') + c.h;
      rowsOrdered.forEach((row, k) => { const cell = ws.getCell(r, c0 + 1 + k); putVal(cell, c, row.v[c.key]); pos.get(row).set(c.key, addr(r, c0 + 1 + k)); });
      r++;
    });
  }
  for (const n of notes) { ws.getCell(r + 0, c0).value = n; r++; }
  ws.getColumn(c0).width = 16;
  return { pos, endRow: r, endCol: c0 + width - 1 };
}

function consToAddr(t, pos, sheet) {
  const A = ([row, key]) => { const m = pos.get(row); return m && m.get(key); };
  return t.cons.map((c) => {
    const o = { t: c.t, sheet };
    for (const k of ['tgt', 'num', 'den', 'cur', 'prev', 'a', 'b']) if (c[k]) o[k] = A(c[k]);
    for (const k of ['parts', 'plus', 'minus', 'vals', 'ws']) if (c[k]) o[k] = c[k].map(A);
    for (const k of ['mul', 'dec', 'soft', 'rowwise']) if (c[k] != null) o[k] = c[k];
    return o;
  });
}

// ---------------- plants ----------------
function digitsSwap(v, d, rng) {
  const s = d ? v.toFixed(d) : String(v);
  const idx = [];
  for (let i = 0; i + 1 < s.length; i++) if (/\d/.test(s[i]) && /\d/.test(s[i + 1]) && s[i] !== s[i + 1] && !(i === 0 && s[1] === '0')) idx.push(i);
  if (!idx.length) return null;
  const i = pick(rng, idx); const n = s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2);
  return Number(n);
}
// choose plant: returns {row, key, newV, note}
function choosePlant(rng, t, spec, kindWanted) {
  const cols = t.cols; const colBy = Object.fromEntries(cols.map((c) => [c.key, c]));
  const opts = [];
  const additive = (c) => ['int', 'money', 'qz', 'part', 'sumOf', 'diff'].includes(c.kind) || (t.quarter && ['q', 'nq'].includes(c.key));
  const frac = spec && spec.frac;
  if (t.ledger) {
    const M = t.rowsMeta;
    opts.push({ k: 'total', f: () => { const k = pick(rng, ['q', 'cum']); const row = pick(rng, [M.inc, M.exp]); const dlt = pick(rng, [0.1, -0.1, 1, -1, 0.5, 10, -0.03]); return { row, key: k, newV: R(2, row.v[k] + dlt), note: `${row.label} ${k} ${dlt > 0 ? '+' : ''}${dlt}` }; } });
    opts.push({ k: 'balance', f: () => { const k = pick(rng, ['q', 'cum']); const dlt = pick(rng, [1.2, -2.5, 0.5, -0.8, 3]); return { row: M.close, key: k, newV: R(2, M.close.v[k] + dlt), note: `期末结余 ${k} off by ${dlt} (does not roll forward)` }; } });
    opts.push({ k: 'qz', f: () => { const row = M.incR[0]; const k = 'q'; return { row, key: k, newV: R(2, M.inc.v[k] + ri(rng, 1, 5)), note: '其中 党员交纳党费 > 收入合计' }; } });
    opts.push({ k: 'swap', f: () => { const row = pick(rng, M.expR); const k = pick(rng, ['q', 'cum']); const nv = digitsSwap(row.v[k], 2, rng); return nv == null || nv === row.v[k] ? null : { row, key: k, newV: nv, note: `digits transposed in ${row.label.trim()} ${k}` }; } });
  } else if (t.quarter) {
    const L = t.leaves;
    opts.push({ k: 'cum', f: () => { const row = pick(rng, L.slice(1)); const dlt = pick(rng, [1, -1, 0.5, 2.3, -10]); return { row, key: 'cum', newV: R(2, row.v.cum + dlt), note: `累计 off by ${dlt}` }; } });
    opts.push({ k: 'ncum', f: () => { const row = pick(rng, L.slice(1)); const dlt = pick(rng, [1, -1, 2, 3]); return { row, key: 'ncum', newV: row.v.ncum + dlt, note: `新建工会累计 off by ${dlt}` }; } });
    opts.push({ k: 'growth', f: () => { const row = pick(rng, L); const dlt = pick(rng, [1.5, -2, 3.1, -4]); return { row, key: 'gr', newV: R(1, row.v.gr + dlt), note: `同比 off by ${dlt}` }; } });
  } else {
    for (const c of cols) {
      if (additive(c) && typeof t.total.v[c.key] === 'number') opts.push({ k: 'total', f: () => { const dlt = (c.d ? pick(rng, [0.3, 0.1, 1, -0.1, -1, -0.2]) : pick(rng, [1, 2, 3, -1, -2, 5, 9, -10])); return { row: t.total, key: c.key, newV: R(c.d, t.total.v[c.key] + dlt), note: `${t.total.label} ${c.h} ${dlt > 0 ? '+' : ''}${dlt}` }; } });
      if (c.kind === 'rate' || c.kind === 'growth' || c.kind === 'percap') opts.push({ k: 'rate', f: () => { const row = pick(rng, t.leaves.filter((l) => typeof l.v[c.key] === 'number')); if (!row) return null; const isF = frac && c.kind === 'rate'; const dlt = isF ? pick(rng, [0.012, -0.02, 0.031, -0.05]) : pick(rng, [1.2, -2, 3.1, -5, 10]); return { row, key: c.key, newV: R(isF ? 3 : c.d, row.v[c.key] + dlt), note: `${row.label} ${c.h} off by ${dlt}` }; } });
      if (c.kind === 'qz' && !c.allowOver) opts.push({ k: 'qz', f: () => { const row = pick(rng, t.leaves.filter((l) => l.v[c.of] > 0)); if (!row) return null; const nv = R(c.d, row.v[c.of] + (c.d ? R(2, 0.3 + rng() * 3) : ri(rng, 1, 30))); return { row, key: c.key, newV: nv, note: `${row.label} ${c.h} ${nv} > ${colBy[c.of].h} ${row.v[c.of]}` }; } });
      if (c.kind === 'part') opts.push({ k: 'swap', f: () => { const row = pick(rng, t.leaves); const nv = digitsSwap(row.v[c.key], c.d, rng); return nv == null || nv === row.v[c.key] ? null : { row, key: c.key, newV: nv, note: `${row.label} ${c.h} digits transposed ${row.v[c.key]}->${nv}` }; } });
      if (c.kind === 'diff') opts.push({ k: 'balance', f: () => { const row = pick(rng, t.leaves); const dlt = pick(rng, [1, -1, 0.5, 2.35, -3]); return { row, key: c.key, newV: R(2, row.v[c.key] + dlt), note: `${row.label} ${c.h} off by ${dlt}` }; } });
    }
  }
  const pool = kindWanted ? opts.filter((o) => o.k === kindWanted) : opts;
  for (let tries = 0; tries < 30; tries++) { const o = pick(rng, pool.length ? pool : opts); const p = o.f(); if (p) return p; }
  return null;
}

// ---------------- book recipes ----------------
const TABLES = {
  union: { title: (p, y) => `${p.name}${y}年非公有制企业群团组织覆盖情况统计表`, unit: '单位：个、人、%', first: '县（市、区）', notes: ['注：1.建会率=已建工会企业数÷非公企业数×100%，建团率、建妇联率同。', '    2.会员人数含农民工会员。'] },
  fee: { title: (p, y) => `${p.name}非公企业和社会组织${y}年度党费收缴使用情况`, unit: '金额单位：万元', first: '单位', notes: ['注：收缴率=实缴党费÷应缴党费×100%；人均实缴以元为单位。'] },
  balance: { title: (p, y) => `${y}年度党费收支结余情况表`, unit: '单位：万元', first: '党委（党工委）', notes: ['注：年末结余=上年结余+本年收入-本年支出。'] },
  secretary: { title: (p, y) => `${p.name}非公企业党组织书记基本情况统计表（${y}年底）`, unit: '单位：人、岁', first: '区县', notes: ['注：“其中”各项与年龄、学历分组有交叉，不可相加。'] },
  instructor: { title: (p, y) => `${p.name}党建指导员派驻情况（${y}年）`, unit: '', first: '区（县、市）', notes: ['注：人均联系组织数=已覆盖组织数÷派驻党建指导员人数。'] },
  growth: { title: (p, y) => `${p.name}${y}年非公企业党费收缴同比情况`, unit: '单位：万元、%', first: '地区', notes: [] },
  growthInt: { title: (p, y) => `${y}年建会企业数增长情况`, unit: '', first: '地区', notes: [] },
  shareMem: { title: (p, y) => `${p.name}${y}年工会会员分布`, unit: '', first: '地区', notes: ['注：占比按四舍五入保留一位小数，合计可能不等于100%。'] },
};

function areaSpec(rng, type, place, opts = {}) {
  const n = ri(rng, Math.min(4, place.leaves.length), place.leaves.length);
  const leaves = place.leaves.slice(0, n);
  const spec = { cols: C[type](), leaves, totalLabel: opts.totalLabel || pick(rng, ['合计', '全市', '总计']), frac: !!opts.frac };
  if (opts.subset && leaves.length >= 4) spec.subset = { label: '城区', members: leaves.slice(0, 2) };
  if (opts.zeroLeaf) spec.zeroLeaf = leaves[leaves.length - 1];
  if (opts.dropCols) spec.cols = spec.cols.filter((c) => !opts.dropCols.includes(c.key));
  return spec;
}

async function makeBook(idx, rng, plantIt) {
  const wb = new ExcelJS.Workbook();
  const place1 = pick(rng, PLACES); const y = pick(rng, YEARS);
  const recipe = PROBE ? ri(rng, 0, 11) : ri(rng, 0, 8);
  const tables = []; // {ws, t, spec, lay}
  const types = ['union', 'fee', 'balance', 'secretary', 'instructor', 'growth', 'growthInt', 'shareMem'];
  const addArea = (ws, type, o = {}) => {
    const spec = areaSpec(rng, type, place1, o);
    const t = buildArea(rng, spec);
    const T = TABLES[type];
    const lay = place(ws, t, { r0: o.r0 || 1, c0: o.c0 || 1, title: o.noTitle ? null : T.title(place1, y), unitLine: T.unit || o.fillUnit ? [o.fillUnit ? `填报单位：${place1.name}委组织部（盖章）` : '', T.unit] : null, firstHead: T.first, notes: o.noNotes ? [] : T.notes, totalLast: !!o.totalLast, spacer: !!o.spacer, frac: spec.frac, textNums: o.textNums || 0, rng, transpose: !!o.transpose, indentLeaves: !!o.indent, thou: !!o.thou, noGroupHead: !!o.noGroupHead });
    tables.push({ ws, t, spec, lay });
    return lay;
  };
  let name = '';
  if (recipe <= 5) {
    const type = types[recipe];
    const ws = wb.addWorksheet(pick(rng, ['Sheet1', '汇总表', type === 'fee' ? '党费' : '统计表']));
    addArea(ws, type, { totalLast: rng() < 0.4, spacer: rng() < 0.3, frac: (type === 'union' || type === 'instructor') && rng() < 0.4, fillUnit: rng() < 0.5, indent: rng() < 0.3, thou: rng() < 0.3, textNums: PROBE && rng() < 0.2 ? 0.15 : 0, subset: PROBE && rng() < 0.25, zeroLeaf: rng() < 0.2 && type !== 'growth' && type !== 'growthInt' && type !== 'balance' && type !== 'fee' });
    name = type;
  } else if (recipe === 6) {
    const ws = wb.addWorksheet('季度台账');
    const t = buildQuarter(rng, ri(rng, 2, 4), rng() < 0.5);
    const lay = place(ws, t, { title: `${place1.name}${y}年非公企业党费收缴及建会进度（季报）`, unitLine: [`填报单位：${place1.name}非公经济组织党委`, ''], firstHead: '季度', notes: ['注：累计为年初至本季度末数。'], rng });
    tables.push({ ws, t, spec: {}, lay }); name = 'quarter';
  } else if (recipe === 7) {
    const ws = wb.addWorksheet(pick(rng, ['党费收支', 'Sheet1']));
    const t = buildLedger(rng, rng() < 0.5);
    const lay = place(ws, t, { title: `${pick(rng, place1.leaves)}非公企业综合党委党费收支情况表（${y}年第${ri(rng, 2, 4)}季度）`, unitLine: ['', '单位：万元'], firstHead: '项目', notes: ['注：期末结余=期初结余+收入合计-支出合计。'], rng });
    tables.push({ ws, t, spec: {}, lay }); name = 'ledger';
  } else if (recipe === 8) {
    // multi-sheet
    const a = pick(rng, ['union', 'secretary', 'instructor']); const b = pick(rng, ['fee', 'balance', 'growth']);
    addArea(wb.addWorksheet('表1'), a, { fillUnit: true, totalLast: rng() < 0.5 });
    addArea(wb.addWorksheet('表2'), b, { fillUnit: true, totalLast: rng() < 0.5 });
    name = 'multi';
  } else if (recipe === 9) {
    // transposed
    const type = pick(rng, ['union', 'instructor', 'fee', 'shareMem']);
    addArea(wb.addWorksheet('Sheet1'), type, { transpose: true, noNotes: rng() < 0.5 });
    name = 'transposed';
  } else if (recipe === 10) {
    // side by side
    const ws = wb.addWorksheet('覆盖情况');
    const lay = addArea(ws, 'growthInt', { noNotes: true });
    addArea(ws, 'shareMem', { c0: lay.endCol + 2, noNotes: true });
    name = 'side';
  } else {
    // stacked two tables + secretary with subset
    const ws = wb.addWorksheet('书记情况');
    const lay = addArea(ws, 'secretary', { subset: true, fillUnit: true });
    addArea(ws, 'instructor', { r0: lay.endRow + 2, noTitle: false });
    name = 'stacked';
  }
  let planted = null, note = '';
  if (plantIt) {
    const tb = pick(rng, tables);
    const kinds = ['total', 'rate', 'qz', 'swap', 'balance', 'cum', 'ncum', 'growth'];
    const p = choosePlant(rng, tb.t, tb.spec, pick(rng, kinds));
    if (p) {
      const a = tb.lay.pos.get(p.row).get(p.key);
      const cell = tb.ws.getCell(a);
      const isText = cell.numFmt === '@';
      cell.value = isText ? String(p.newV) : p.newV;
      planted = { sheet: tb.ws.name, cell: a }; note = p.note + ` (was ${p.row.v[p.key]})`;
    }
  }
  const file = `${String(idx).padStart(3, '0')}-${name}.xlsx`;
  await wb.xlsx.writeFile(path.join(OUT, file));
  const cons = tables.flatMap((tb) => consToAddr(tb.t, tb.lay.pos, tb.ws.name));
  return { file: (PROBE ? '' : 'cases/') + file, planted, note, cons };
}

(async () => {
  const N = PROBE ? 100 : 46;
  const rng = mkRng(PROBE ? 67167 : 6701);
  const man = [], consAll = {};
  for (let i = 0; i < N; i++) {
    const plantIt = !PROBE && i % 2 === 1;
    const r = await makeBook(i, rng, plantIt);
    man.push({ file: r.file, planted: r.planted, note: r.note || (plantIt ? 'plant failed' : 'clean') });
    consAll[r.file] = r.cons;
  }
  fs.writeFileSync(path.join(PROBE ? OUT : __dirname, 'manifest.json'), JSON.stringify(man, null, 1));
  fs.writeFileSync(path.join(OUT, 'constraints.json'), JSON.stringify(consAll));
  console.log('wrote', N, 'books to', OUT);
})();
