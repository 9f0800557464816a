'use strict';
// Generator of 两新组织党组织书记队伍 workbooks with/without planted errors.
// usage: node gen.js                      -> cases (seed 97001, 45) + probe (seed 97002, 100)
//        node gen.js FOLDER SEED N [wide]  -> FOLDER with N workbooks
const ExcelJS = require('exceljs');
const fs = require('fs');
const path = require('path');
const { evalRel, relCells } = require('./rel.js');

let R = null;
function seedRng(s) {
  let a = s >>> 0;
  R = function () { a |= 0; a = (a + 0x6d2b79f5) | 0; let t = Math.imul(a ^ (a >>> 15), 1 | a); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
}
const ri = (a, b) => a + Math.floor(R() * (b - a + 1));
const pick = (a) => a[Math.floor(R() * a.length)];
const ch = (p) => R() < p;
function shuffle(a) { a = a.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(R() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; }
function rd(x, d) { const f = Math.pow(10, d); return Math.round(x * f + (x >= 0 ? 1e-7 : -1e-7)) / f; }
const tolOf = (d) => 0.5 * Math.pow(10, -d) + 1e-7;
function colL(c) { let s = ''; while (c > 0) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s; }
const A = (r, c) => colL(c) + r;

// ---------------------------------------------------------------- world
const QU = ['东湖区', '西城区', '南山区', '北塘区', '江南区', '城关区', '新城区', '滨江区', '望江区'];
const XIAN = ['临江县', '青石县', '梅岭县', '白沙县', '云溪县', '龙门县', '清河县', '安平市', '凤台市'];
const FUNC = ['高新区', '经开区'];
const CITIES = ['江州市', '临海市', '云川市', '青阳市', '南岭市', '北川市', '石城市'];
const ENTK = ['gs', 'gx'];
const SOCK = ['st', 'mf', 'jj'];

let OTHP = 0.06;
function genPerson(k, exhaustive) {
  const ent = ENTK.includes(k);
  const u = R();
  let role;
  if (ent) role = u < 0.5 ? 'inv' : u < 0.85 ? 'mgmt' : 'sel';
  else role = u < 0.15 ? 'inv' : u < 0.7 ? 'mgmt' : 'sel';
  if (!exhaustive && ch(OTHP)) role = 'oth';
  const ft = role === 'sel' ? ch(0.45) : ch(ent ? 0.06 : 0.12);
  const fem = ch(ent ? 0.22 : 0.34);
  let age = Math.round(47 + (R() + R() + R() - 1.5) * 14);
  age = Math.max(26, Math.min(68, age));
  const e = R();
  const edu = e < 0.45 ? 2 : e < 0.75 ? 1 : 0;
  const trained = ch(0.86);
  const times = trained ? ri(1, 4) : 0;
  const sub = role === 'sel' ? ch(0.9) : ch(0.35);
  const amt = sub ? ri(12, 120) : 0; // units of 0.01万元 (100元)
  return { role, ft, fem, age, edu, trained, times, sub, amt };
}
function genOrgs(dists, scales, exhaustive) {
  const out = [];
  dists.forEach((d, di) => {
    const n = Math.max(5, Math.round(d.base * scales[di]));
    for (let i = 0; i < n; i++) {
      const u = R();
      const k = u < d.mix[0] ? 'gs' : u < d.mix[1] ? 'gx' : u < d.mix[2] ? 'st' : u < d.mix[3] ? 'mf' : 'jj';
      let tag = null;
      if (k === 'st') { const v = R(); tag = v < 0.35 ? 'sh' : v < 0.7 ? 'xh' : null; }
      if (k === 'mf') { const v = R(); tag = v < 0.4 ? 'xx' : v < 0.55 ? 'yy' : null; }
      const park = ch(d.parkP);
      const p = ch(0.035) ? null : genPerson(k, exhaustive);
      out.push({ d: di, k, tag, park, p });
    }
  });
  return out;
}
function agg(list) {
  const a = { orgs: 0, secs: 0, inv: 0, mgmt: 0, sel: 0, oth: 0, ft: 0, pt: 0, fem: 0, a1: 0, a2: 0, a3: 0, a4: 0, col: 0, bach: 0, ageSum: 0, trained: 0, times: 0, subN: 0, amt: 0 };
  for (const o of list) {
    a.orgs++; const p = o.p; if (!p) continue;
    a.secs++; a[p.role]++; if (p.ft) a.ft++; else a.pt++; if (p.fem) a.fem++;
    if (p.age <= 35) a.a1++; else if (p.age <= 45) a.a2++; else if (p.age <= 55) a.a3++; else a.a4++;
    if (p.edu >= 1) a.col++; if (p.edu >= 2) a.bach++;
    a.ageSum += p.age; if (p.trained) a.trained++; a.times += p.times; if (p.sub) { a.subN++; a.amt += p.amt; }
  }
  return a;
}
function genWorld(wide) {
  const city = pick(CITIES);
  const qu = shuffle(QU).slice(0, ri(2, wide ? 6 : 5));
  const xian = shuffle(XIAN).slice(0, ri(1, wide ? 6 : 4));
  const func = ch(0.4) ? FUNC.slice(0, ri(1, 2)) : [];
  const dists = [...qu.map((n) => ({ name: n, type: 'qu' })), ...func.map((n) => ({ name: n, type: 'qu', func: true })), ...xian.map((n) => ({ name: n, type: 'xian' }))];
  if (ch(0.2)) dists.push({ name: '市直属', type: 'qu' });
  for (const d of dists) {
    d.base = d.name === '市直属' ? ri(8, 40) : ri(wide && ch(0.3) ? 10 : 50, wide ? 700 : 450);
    const a = 0.15 + R() * 0.2, b = a + 0.3 + R() * 0.2, c = b + 0.08 + R() * 0.15, e = c + 0.06 + R() * 0.12;
    d.mix = [a, b, c, Math.min(e, 0.995)];
    d.parkP = d.func ? 0.9 : ch(0.5) ? 0.15 : 0;
  }
  const exhaustive = ch(0.7);
  OTHP = wide && ch(0.5) ? 0.012 : 0.06;
  const cur = genOrgs(dists, dists.map(() => 1), exhaustive);
  const prev = genOrgs(dists, dists.map(() => 0.82 + R() * 0.2), exhaustive);
  // series 2021..2025 at city level
  const years = [2021, 2022, 2023, 2024, 2025];
  const ser = {}; ser[2025] = agg(cur); ser[2024] = agg(prev);
  for (let y = 2023; y >= 2021; y--) {
    const nx = ser[y + 1]; const g = 0.02 + R() * 0.12;
    const orgs = Math.round(nx.orgs / (1 + g));
    const secs = Math.round(orgs * (0.93 + R() * 0.05));
    const inv = Math.round(secs * (0.3 + R() * 0.15));
    const trained = Math.round(secs * (0.55 + R() * 0.3));
    const subN = Math.round(nx.subN / (1 + g * (0.5 + R())));
    const amt = Math.round(nx.amt / (1 + 0.03 + R() * 0.15));
    ser[y] = { orgs, secs, inv, trained, subN, amt, times: Math.round(trained * (1.5 + R())) };
  }
  return { city, dists, exhaustive, cur, prev, years, ser, curY: 2025, prevY: 2024 };
}

// ---------------------------------------------------------------- indicators
const ADD = new Set(['orgs', 'secs', 'inv', 'mgmt', 'sel', 'ft', 'pt', 'fem', 'a1', 'a2', 'a3', 'a4', 'col', 'bach', 'trained', 'times', 'subN', 'amt']);
const UNIT = { orgs: '个', invRate: '%', femRate: '%', colRate: '%', cov: '%', avgAge: '岁', amt: '万元', perCap: '元', times: '人次' };
function val(a, key, dec) {
  switch (key) {
    case 'invRate': return a.secs ? rd((a.inv / a.secs) * 100, dec) : '—';
    case 'femRate': return a.secs ? rd((a.fem / a.secs) * 100, dec) : '—';
    case 'colRate': return a.secs ? rd((a.col / a.secs) * 100, dec) : '—';
    case 'cov': return a.secs ? rd((a.trained / a.secs) * 100, dec) : '—';
    case 'perCap': return a.subN ? rd((a.amt * 100) / a.subN, dec) : '—';
    case 'amt': return rd(a.amt / 100, 2);
    case 'avgAge': return a.secs ? rd(a.ageSum / a.secs, 1) : '—';
    default: return a[key];
  }
}
function decOf(key, st) {
  if (key === 'invRate' || key === 'cov' || key === 'femRate' || key === 'colRate') return st.decRate;
  if (key === 'perCap') return st.decPer;
  if (key === 'amt') return 2;
  if (key === 'avgAge') return 1;
  return 0;
}
function mkCols(keys, st, part, grpPrefix) {
  const B = (l, u) => (st.bracket ? `${l}（${u}）` : l);
  const has = (k) => keys.includes(k);
  const pre = grpPrefix ? [grpPrefix] : [];
  const out = [];
  for (const key of keys) {
    let p, t;
    switch (key) {
      case 'orgs': p = [B('党组织数', '个')]; t = '党组织数'; break;
      case 'secs': p = st.three && has('inv') ? [B('书记人数', '人'), st.totLab || '合计'] : [B('书记人数', '人')]; t = '书记人数'; break;
      case 'inv': case 'mgmt': case 'sel': if (st.mixedQz && key === 'inv') { p = ['其中', '出资人担任']; t = '　其中：出资人担任'; break; } {
        const lab = { inv: '出资人担任', mgmt: '管理层担任', sel: st.selLab || '选派' }[key];
        p = st.three ? [B('书记人数', '人'), '其中', lab] : ['其中', lab];
        t = key === 'inv' ? '　其中：' + lab : '　　　　' + lab; break;
      }
      case 'invRate': p = ['出资人担任书记比例（%）']; t = '出资人担任书记比例'; break;
      case 'ft': case 'pt': if (st.mixedQz) { p = ['其中', '专职']; t = '　　　　专职'; break; } p = [B('专兼职情况', '人'), key === 'ft' ? '专职' : '兼职']; t = key === 'ft' ? '　专职' : '　兼职'; break;
      case 'fem': if (st.mixedQz) { p = ['其中', '女性']; t = '　其中：女性'; break; } p = st.femGrp ? ['性别', B('女', '人')] : [B('女性', '人')]; t = '　女性'; break;
      case 'a1': case 'a2': case 'a3': case 'a4': if (st.mixedQz) { p = ['其中', '35岁及以下']; t = '　　　　35岁及以下'; break; } {
        const lab = { a1: '35岁及以下', a2: '36—45岁', a3: '46—55岁', a4: '56岁及以上' }[key];
        p = [B('年龄结构', '人'), lab]; t = '　' + lab; break;
      }
      case 'col': if (st.mixedQz) { p = ['其中', '大专及以上学历']; t = '　　　　大专及以上学历'; break; } p = [B('学历', '人'), '大专及以上']; t = '　大专及以上学历'; break;
      case 'bach': p = [B('学历', '人'), '其中：本科及以上']; t = '　　其中：本科及以上'; break;
      case 'avgAge': p = [B('平均年龄', '岁')]; t = '平均年龄'; break;
      case 'trained': p = ['年度培训', B('参训人数', '人')]; t = '年度参训人数'; break;
      case 'times': p = ['年度培训', B('培训人次', '人次')]; t = '年度培训人次'; break;
      case 'cov': p = ['年度培训', '培训覆盖率（%）']; t = '培训覆盖率'; break;
      case 'subN': p = ['补贴（报酬）发放', B('发放人数', '人')]; t = '补贴（报酬）发放人数'; break;
      case 'amt': p = ['补贴（报酬）发放', '金额（万元）']; t = '补贴（报酬）发放金额（万元）'; break;
      case 'perCap': p = ['补贴（报酬）发放', '人均补贴（元）']; t = '人均补贴'; break;
      case 'femRate': p = ['女性占比（%）']; t = '女性占比'; break;
      case 'colRate': p = ['大专及以上学历占比（%）']; t = '大专及以上学历占比'; break;
      default: throw new Error(key);
    }
    out.push({ key, part: part || 'all', path: [...pre, ...p], tlabel: t, unit: UNIT[key] || '人', dec: decOf(key, st) });
  }
  return out;
}
// within-entity relations, by key
function rowRules(keys, exhaustive) {
  const has = (...k) => k.every((x) => keys.includes(x));
  const out = [];
  if (has('secs', 'inv', 'mgmt', 'sel')) out.push(exhaustive ? { t: 'sum', total: 'secs', parts: ['inv', 'mgmt', 'sel'] } : { t: 'le', whole: 'secs', parts: ['inv', 'mgmt', 'sel'] });
  else if (has('secs', 'inv')) out.push({ t: 'le', whole: 'secs', parts: ['inv'] });
  if (has('secs', 'ft', 'pt')) out.push({ t: 'sum', total: 'secs', parts: ['ft', 'pt'] });
  else if (has('secs', 'ft')) out.push({ t: 'le', whole: 'secs', parts: ['ft'] });
  if (has('secs', 'a1') && !has('a2')) out.push({ t: 'le', whole: 'secs', parts: ['a1'] });
  if (has('secs', 'fem')) out.push({ t: 'le', whole: 'secs', parts: ['fem'] });
  if (has('secs', 'a1', 'a2', 'a3', 'a4')) out.push({ t: 'sum', total: 'secs', parts: ['a1', 'a2', 'a3', 'a4'] });
  if (has('secs', 'col')) out.push({ t: 'le', whole: 'secs', parts: ['col'] });
  if (has('col', 'bach')) out.push({ t: 'le', whole: 'col', parts: ['bach'] });
  if (has('secs', 'trained')) out.push({ t: 'le', whole: 'secs', parts: ['trained'] });
  if (has('secs', 'subN')) out.push({ t: 'le', whole: 'secs', parts: ['subN'] });
  if (has('femRate', 'fem', 'secs')) out.push({ t: 'rate', cell: 'femRate', num: 'fem', den: 'secs', k: 100 });
  if (has('colRate', 'col', 'secs')) out.push({ t: 'rate', cell: 'colRate', num: 'col', den: 'secs', k: 100 });
  if (has('invRate', 'inv', 'secs')) out.push({ t: 'rate', cell: 'invRate', num: 'inv', den: 'secs', k: 100 });
  if (has('cov', 'trained', 'secs')) out.push({ t: 'rate', cell: 'cov', num: 'trained', den: 'secs', k: 100 });
  if (has('perCap', 'amt', 'subN')) out.push({ t: 'rate', cell: 'perCap', num: 'amt', den: 'subN', k: 10000 });
  return out;
}

// ---------------------------------------------------------------- logical tables
// L: {title, stubLabel, rows:[{label, hpath?, blank?, seq?, total?}], cols:[{key,part,path,tlabel,unit,dec}], vals[i][j], decs[i][j], rels:[{...cells as [i,j]}]}
function instRowRules(L, i, exhaustive) {
  const parts = [...new Set(L.cols.map((c) => c.part))];
  for (const part of parts) {
    const keys = L.cols.filter((c) => c.part === part).map((c) => c.key);
    const ci = (k) => L.cols.findIndex((c) => c.key === k && c.part === part);
    for (const r of rowRules(keys, exhaustive)) {
      const j = ci(r.t === 'rate' ? r.cell : null);
      if (r.t === 'sum') L.rels.push({ t: 'sum', total: [i, ci(r.total)], parts: r.parts.map((k) => [i, ci(k)]), tol: 1e-6 });
      else if (r.t === 'le') L.rels.push({ t: 'le', whole: [i, ci(r.whole)], parts: r.parts.map((k) => [i, ci(k)]), tol: 1e-6 });
      else L.rels.push({ t: 'rate', cell: [i, j], num: [i, ci(r.num)], den: [i, ci(r.den)], k: r.k, tol: tolOf(L.cols[j].dec) });
    }
  }
  if (parts.includes('all') && parts.length > 1) {
    for (const c of L.cols) {
      if (c.part !== 'all' || !ADD.has(c.key)) continue;
      const ps = parts.filter((p) => p !== 'all').map((p) => L.cols.findIndex((x) => x.key === c.key && x.part === p));
      if (ps.some((x) => x < 0)) continue;
      L.rels.push({ t: 'sum', total: [i, L.cols.indexOf(c)], parts: ps.map((j) => [i, j]), tol: c.key === 'amt' ? 0.001 : 1e-6 });
    }
  }
}
function instStruct(L, srels, colFilter) {
  L.cols.forEach((c, j) => {
    if (!colFilter(c)) return;
    const tol = c.key === 'amt' || c.dec > 0 ? 0.001 : 1e-6;
    for (const s of srels) {
      if (s.t === 'sum') L.rels.push({ t: 'sum', total: [s.total, j], parts: s.parts.map((i) => [i, j]), tol });
      else L.rels.push({ t: 'le', whole: [s.whole, j], parts: s.parts.map((i) => [i, j]), tol });
    }
  });
}
function fillVals(L) {
  L.vals = L.rows.map((r) => L.cols.map((c) => (r.blank ? null : val(r.aggs[c.part], c.key, c.dec))));
  L.decs = L.rows.map(() => L.cols.map((c) => c.dec));
}

// tree rows: node = {label, list (orgs), children, qz, style:'inline'|'row'}
function emitTree(root, st) {
  const rows = []; const srels = [];
  const pad = (d) => '　'.repeat(d * st.indent);
  const mk = (n, label) => ({ label, aggs: n.aggs });
  function emit(n, depth) {
    if (n.children && n.style === 'row') {
      rows.push({ label: pad(depth) + n.label, blank: true });
      if (st.subFirst) { rows.push(mk(n, pad(depth + 1) + (st.subLab || '小计'))); const me = rows.length - 1; const kids = n.children.map((c) => emit(c, depth + 1)); srels.push({ t: 'sum', total: me, parts: kids }); return me; }
      const kids = n.children.map((c) => emit(c, depth + 1));
      rows.push(mk(n, pad(depth + 1) + (st.subLab || '小计')));
      const me = rows.length - 1; srels.push({ t: 'sum', total: me, parts: kids });
      return me;
    }
    rows.push(mk(n, pad(depth) + n.label)); const me = rows.length - 1;
    if (n.qz && n.qz.length) {
      const q = n.qz.map((c, k) => { rows.push(mk(c, pad(depth + 1) + (k === 0 ? '其中：' : st.qzAll ? '其中：' : '　　　') + c.label)); return rows.length - 1; });
      srels.push({ t: 'le', whole: me, parts: q });
    }
    if (n.children) { const kids = n.children.map((c) => emit(c, depth + 1)); srels.push({ t: 'sum', total: me, parts: kids }); }
    return me;
  }
  // root
  if (st.totalFirst) {
    rows.push({ label: root.label, aggs: root.aggs, total: true }); const me = 0;
    if (root.qz) { const q = root.qz.map((c, k) => { rows.push(mk(c, (k === 0 ? '其中：' : '　　　') + c.label)); return rows.length - 1; }); srels.push({ t: 'le', whole: me, parts: q }); }
    const kids = root.children.map((c) => emit(c, 0)); srels.push({ t: 'sum', total: me, parts: kids });
  } else {
    const kids = root.children.map((c) => emit(c, 0));
    rows.push({ label: root.label, aggs: root.aggs, total: true }); const me = rows.length - 1;
    if (root.qz) { const q = root.qz.map((c, k) => { rows.push(mk(c, (k === 0 ? '其中：' : '　　　') + c.label)); return rows.length - 1; }); srels.push({ t: 'le', whole: me, parts: q }); }
    srels.push({ t: 'sum', total: me, parts: kids });
  }
  return { rows, srels };
}
const PARTS = { all: () => true, ent: (o) => ENTK.includes(o.k), soc: (o) => SOCK.includes(o.k) };
function nodeOf(label, list, extra) { const aggs = {}; for (const p in PARTS) aggs[p] = agg(list.filter(PARTS[p])); return Object.assign({ label, aggs, list }, extra || {}); }

function distTree(W, orgs, st) {
  const by = (di) => orgs.filter((o) => o.d === di);
  const leaf = (d, di) => nodeOf(d.name, by(di));
  const root = nodeOf(st.totLabel, orgs);
  if (st.group) {
    const qu = W.dists.map((d, di) => [d, di]).filter(([d]) => d.type === 'qu' && d.name !== '市直属');
    const sz = W.dists.map((d, di) => [d, di]).filter(([d]) => d.name === '市直属');
    const xi = W.dists.map((d, di) => [d, di]).filter(([d]) => d.type === 'xian');
    const g1 = nodeOf(st.group === 'row' ? '一、区' : '一、区', orgs.filter((o) => W.dists[o.d].type === 'qu' && W.dists[o.d].name !== '市直属'), { children: qu.map(([d, di]) => leaf(d, di)), style: st.group });
    const g2 = nodeOf('二、县（市）', orgs.filter((o) => W.dists[o.d].type === 'xian'), { children: xi.map(([d, di]) => leaf(d, di)), style: st.group });
    root.children = [g1, g2, ...sz.map(([d, di]) => leaf(d, di))];
    if (sz.length) root.children[2].label = '三、市直属';
  } else root.children = W.dists.map(leaf);
  if (st.park && orgs.some((o) => o.park)) root.qz = [nodeOf(pick(['开发区（园区）', '省级以上园区', '各类园区']), orgs.filter((o) => o.park))];
  return root;
}
const KLAB = { gs: '规模以上企业', gx: '规模以下企业', st: '社会团体', mf: '民办非企业单位', jj: '基金会', sh: '商会', xh: '行业协会', xx: '民办学校', yy: '民办医院' };
function kindTree(W, orgs, st) {
  const f = (pred) => orgs.filter(pred);
  const K = (k, extra) => nodeOf(KLAB[k], f((o) => o.k === k), extra);
  const T = (t) => nodeOf(KLAB[t], f((o) => o.tag === t));
  const root = nodeOf(st.totLabel, orgs);
  const entL = pick(['非公有制企业', '非公企业']);
  if (st.kindStyle === 'flat') {
    const ent = nodeOf(entL, f(PARTS.ent), { qz: [K('gs')] });
    const soc = nodeOf('社会组织', f(PARTS.soc), { qz: ['sh', 'xh', 'xx', 'yy'].map(T) });
    root.children = [ent, soc];
  } else {
    const sty = st.kindStyle === 'row' ? 'row' : 'inline';
    const ent = nodeOf('一、' + entL, f(PARTS.ent), { children: [K('gs'), K('gx')], style: sty });
    const socKids = [K('st', st.kindQz ? { qz: [T('sh'), T('xh')] } : {}), K('mf', st.kindQz ? { qz: [T('xx'), T('yy')] } : {}), K('jj')];
    const soc = nodeOf('二、社会组织', f(PARTS.soc), { children: socKids, style: sty });
    root.children = [ent, soc];
  }
  return root;
}

function commonStyle(wide) {
  return {
    bracket: ch(0.5), three: ch(wide ? 0.4 : 0.25), femGrp: ch(0.4), decRate: ch(wide ? 0.35 : 0.2) ? 2 : 1, decPer: ch(0.8) ? 0 : 1,
    selLab: pick(['选派', '上级选派', '选派担任']), totLab: pick(['合计', '小计', '计']), indent: ch(0.8) ? 1 : 0, qzAll: ch(0.3),
    subLab: pick(['小计', '小　计']),
  };
}

// --- builders -------------------------------------------------------------
const MIXED = ['orgs', 'secs', 'fem', 'a1', 'col', 'inv', 'ft', 'invRate', 'avgAge'];
const DIST_SETS = [
  ['orgs', 'secs', 'inv', 'mgmt', 'sel', 'invRate', 'ft', 'pt', 'fem', 'a1', 'a2', 'a3', 'a4', 'col', 'bach', 'avgAge'],
  ['orgs', 'secs', 'ft', 'pt', 'fem', 'a1', 'a2', 'a3', 'a4', 'avgAge'],
  ['orgs', 'secs', 'trained', 'times', 'cov', 'subN', 'amt', 'perCap'],
  ['secs', 'inv', 'mgmt', 'sel', 'invRate', 'col', 'bach', 'avgAge'],
  ['orgs', 'secs', 'inv', 'invRate', 'fem', 'col', 'bach', 'trained', 'cov'],
];
function bDistrict(W, st0, wide, transposed) {
  let st = st0;
  let keys = pick(transposed ? [DIST_SETS[0], DIST_SETS[2], DIST_SETS[4], ['orgs', 'secs', 'inv', 'mgmt', 'sel', 'invRate', 'ft', 'pt', 'fem', 'col', 'avgAge', 'trained', 'cov', 'subN', 'amt', 'perCap']] : DIST_SETS);
  if (wide && ch(0.3)) { const k2 = []; for (const k of keys) { k2.push(k); if (k === 'fem') k2.push('femRate'); if (k === 'bach' || (k === 'col' && !keys.includes('bach'))) k2.push('colRate'); } keys = k2; }
  if (wide && ch(0.25)) { keys = MIXED.filter((k) => k !== 'avgAge' || ch(0.5)); st = { ...st, mixedQz: true }; }
  const tst = { totLabel: pick(['全市', '合计', '总计', W.city]), group: !transposed && ch(wide ? 0.35 : 0.2) ? (ch(0.5) ? 'row' : 'inline') : null, park: ch(wide ? 0.3 : 0.15), totalFirst: ch(0.7), indent: st.indent, subLab: st.subLab, qzAll: st.qzAll, subFirst: wide && ch(0.3) };
  const root = distTree(W, W.cur, tst);
  const { rows, srels } = emitTree(root, tst);
  if (transposed && ch(0.4)) {
    // grouped column header for transposed: 区 / 县（市）
    rows.forEach((r) => { if (r.total || r.label.startsWith('其中')) return; const d = W.dists.find((x) => x.name === r.label.trim()); if (d) r.hpath = [d.type === 'qu' ? '市辖区' : '县（市）', r.label.trim()]; });
  }
  if (wide && !transposed && ch(0.15)) { let k = 0; const sty = pick(['n.', '（n）', 'n、']); rows.forEach((r) => { if (!r.total && !r.blank && W.dists.some((d) => d.name === r.label.trim())) r.label = r.label.replace(r.label.trim(), sty.replace('n', ++k) + r.label.trim()); }); }
  const L = { kind: 'district', stubLabel: pick(['地区', '县（市、区）', '单位', '区县']), rows, cols: mkCols(keys, st), rels: [] };
  fillVals(L);
  rows.forEach((r, i) => { if (!r.blank) instRowRules(L, i, W.exhaustive); });
  instStruct(L, srels, (c) => ADD.has(c.key));
  const what = keys.includes('trained') && !keys.includes('a1') ? '培训和补贴发放情况' : keys.includes('a1') ? '基本情况' : '结构情况';
  L.title = `${W.city}两新组织党组织书记队伍${what}${transposed ? '汇总' : '统计'}表（分县市区）`;
  return L;
}
const KIND_SETS = [
  ['orgs', 'secs', 'inv', 'mgmt', 'sel', 'invRate', 'ft', 'pt'],
  ['orgs', 'secs', 'trained', 'times', 'cov', 'subN', 'amt', 'perCap'],
  ['secs', 'fem', 'a1', 'a2', 'a3', 'a4', 'col', 'bach', 'avgAge'],
  ['orgs', 'secs', 'sel', 'ft', 'pt', 'fem', 'trained', 'cov'],
];
function bKind(W, st0, wide) {
  let st = st0;
  let keys = pick(KIND_SETS);
  if (wide && ch(0.2)) { keys = MIXED.filter((k) => k !== 'invRate'); st = { ...st, mixedQz: true }; }
  const tst = { totLabel: pick(['合计', '总计', '全市']), kindStyle: pick(wide ? ['inline', 'inline', 'row', 'flat'] : ['inline', 'row', 'flat']), kindQz: ch(0.6), totalFirst: ch(0.7), indent: st.indent || 1, subLab: st.subLab, qzAll: st.qzAll, subFirst: wide && ch(0.3) };
  const root = kindTree(W, W.cur, tst);
  const { rows, srels } = emitTree(root, tst);
  const L = { kind: 'kind', stubLabel: pick(['组织类型', '类别', '项目', '分类']), rows, cols: mkCols(keys, st), rels: [] };
  fillVals(L);
  rows.forEach((r, i) => { if (!r.blank) instRowRules(L, i, W.exhaustive); });
  instStruct(L, srels, (c) => ADD.has(c.key));
  L.title = `${W.city}两新组织党组织书记队伍情况统计表（分组织类型）`;
  return L;
}
function bCross(W, st, wide) {
  const keys = pick([['orgs', 'secs'], ['orgs', 'secs', 'inv', 'invRate'], ['secs', 'ft', 'pt'], ['secs', 'trained', 'cov']]);
  const tst = { totLabel: pick(['全市', '合计']), group: null, park: false, totalFirst: ch(0.6), indent: st.indent };
  const root = distTree(W, W.cur, tst);
  const { rows, srels } = emitTree(root, tst);
  const entL = pick(['非公企业', '非公有制企业']);
  const cols = [];
  const B = (l, u) => (st.bracket ? `${l}（${u}）` : l);
  for (const key of keys) {
    const base = mkCols([key], st)[0];
    const top = { orgs: B('党组织数', '个'), secs: B('书记人数', '人'), inv: B('出资人担任书记', '人'), invRate: '出资人担任书记比例（%）', ft: B('专职书记', '人'), pt: B('兼职书记', '人'), trained: B('年度参训人数', '人'), cov: '培训覆盖率（%）' }[key];
    for (const [part, lab] of [['all', pick(['合计', '小计', '计'])], ['ent', entL], ['soc', '社会组织']]) cols.push({ ...base, part, path: [top, lab], tlabel: top + (part === 'all' ? '' : '：' + lab) });
  }
  const L = { kind: 'cross', stubLabel: pick(['地区', '县（市、区）']), rows, cols, rels: [] };
  fillVals(L);
  rows.forEach((r, i) => { if (!r.blank) instRowRules(L, i, W.exhaustive); });
  instStruct(L, srels, (c) => ADD.has(c.key));
  L.title = `${W.city}非公企业和社会组织党组织书记分布情况`;
  return L;
}
function bSeries(W, st, wide, transposed) {
  const ys = W.years; const S = ys.map((y) => W.ser[y]);
  const inds = pick([
    [['orgs', ['v', 'd', 'g']], ['secs', ['v', 'd', 'g']]],
    [['orgs', ['v', 'g']], ['secs', ['v', 'g']], ['inv', ['v']], ['invRate', ['v', 'd']]],
    [['secs', ['v', 'd', 'g']], ['trained', ['v']], ['cov', ['v', 'd']], ['amt', ['v', 'g']]],
    [['orgs', ['v', 'd']], ['secs', ['v', 'd']], ['amt', ['v', 'd', 'g']]],
  ]);
  const cagr = ch(0.7);
  const rows = ys.map((y) => ({ label: `${y}年`, aggs: null }));
  if (cagr) rows.push({ label: pick(['年均增长（%）', '年均增长率（%）']), cagr: true });
  const B = (l, u) => (st.bracket ? `${l}（${u}）` : l);
  const cols = [];
  const dd = { orgs: 0, secs: 0, inv: 0, trained: 0, amt: 2, invRate: st.decRate, cov: st.decRate };
  for (const [k, subs] of inds) {
    const top = { orgs: B('党组织数', '个'), secs: B('书记人数', '人'), inv: B('出资人担任书记', '人'), invRate: '出资人担任书记比例（%）', trained: B('年度参训人数', '人'), cov: '培训覆盖率（%）', amt: '补贴（报酬）金额（万元）' }[k];
    const rate = k === 'invRate' || k === 'cov';
    for (const s of subs) {
      const lab = s === 'v' ? (subs.length > 1 ? pick(['数量', '总数', '合计']) : null) : s === 'd' ? (rate ? '比上年增减（百分点）' : '比上年增减') : '增长（%）';
      cols.push({ key: k, sub: s, path: lab ? [top, lab] : [top], tlabel: s === 'v' ? top : '　' + lab, unit: s === 'g' ? '%' : rate ? (s === 'd' ? '百分点' : '%') : UNIT[k] || '人', dec: s === 'g' ? 1 : dd[k] });
    }
  }
  const L = { kind: 'series', stubLabel: transposed ? '指标' : '年份', rows, cols, rels: [] };
  const base = (y, k) => { const a = W.ser[y]; if (k === 'invRate') return rd((a.inv / a.secs) * 100, st.decRate); if (k === 'cov') return rd((a.trained / a.secs) * 100, st.decRate); if (k === 'amt') return rd(a.amt / 100, 2); return a[k]; };
  L.vals = rows.map(() => cols.map(() => null)); L.decs = rows.map(() => cols.map((c) => c.dec));
  const ci = (k, s) => cols.findIndex((c) => c.key === k && c.sub === s);
  ys.forEach((y, i) => {
    cols.forEach((c, j) => {
      const d = c.dec;
      if (c.sub === 'v') L.vals[i][j] = base(y, c.key);
      else if (i === 0) L.vals[i][j] = pick(['—', null]);
      else if (c.sub === 'd') L.vals[i][j] = rd(base(y, c.key) - base(ys[i - 1], c.key), d);
      else L.vals[i][j] = rd((base(y, c.key) / base(ys[i - 1], c.key) - 1) * 100, 1);
    });
    if (i > 0) for (const [k, subs] of inds) {
      const v = ci(k, 'v');
      if (subs.includes('d')) L.rels.push({ t: 'pp', cell: [i, ci(k, 'd')], cur: [i, v], prev: [i - 1, v], tol: tolOf(cols[v].dec) });
      if (subs.includes('g')) L.rels.push({ t: 'growth', cell: [i, ci(k, 'g')], cur: [i, v], prev: [i - 1, v], tol: tolOf(1) });
    }
    // rate within a year
    if (ci('invRate', 'v') >= 0 && ci('inv', 'v') >= 0) L.rels.push({ t: 'rate', cell: [i, ci('invRate', 'v')], num: [i, ci('inv', 'v')], den: [i, ci('secs', 'v')], k: 100, tol: tolOf(st.decRate) });
    if (ci('cov', 'v') >= 0 && ci('trained', 'v') >= 0) L.rels.push({ t: 'rate', cell: [i, ci('cov', 'v')], num: [i, ci('trained', 'v')], den: [i, ci('secs', 'v')], k: 100, tol: tolOf(st.decRate) });
    if (ci('inv', 'v') >= 0) L.rels.push({ t: 'le', whole: [i, ci('secs', 'v')], parts: [[i, ci('inv', 'v')]], tol: 1e-6 });
    if (ci('trained', 'v') >= 0) L.rels.push({ t: 'le', whole: [i, ci('secs', 'v')], parts: [[i, ci('trained', 'v')]], tol: 1e-6 });
  });
  if (cagr) {
    const i = rows.length - 1; const n = ys.length - 1;
    cols.forEach((c, j) => {
      if (c.sub !== 'v' || c.key === 'invRate' || c.key === 'cov') { L.vals[i][j] = null; return; }
      L.vals[i][j] = rd((Math.pow(base(ys[n], c.key) / base(ys[0], c.key), 1 / n) - 1) * 100, 1); L.decs[i][j] = 1;
      L.rels.push({ t: 'cagr', cell: [i, j], end: [n, j], start: [0, j], n, tol: tolOf(1) });
    });
  }
  L.title = `${W.city}两新组织党组织书记队伍发展情况（${ys[0]}—${ys[n0(ys)]}年）`;
  return L;
}
const n0 = (a) => a.length - 1;
function bCompare(W, st, wide) {
  // indicators as rows (rendered transposed), periods as columns
  const keys = pick([
    ['orgs', 'secs', 'inv', 'mgmt', 'sel', 'invRate', 'ft', 'pt', 'fem', 'col', 'bach', 'avgAge'],
    ['orgs', 'secs', 'trained', 'times', 'cov', 'subN', 'amt', 'perCap'],
    ['orgs', 'secs', 'inv', 'invRate', 'a1', 'a2', 'a3', 'a4', 'avgAge', 'trained', 'cov'],
  ]);
  const pa = agg(W.prev), ca = agg(W.cur);
  const yl = ch(0.5);
  const rows = [
    { label: yl ? `${W.prevY}年` : '上年', aggs: { all: pa } },
    { label: yl ? `${W.curY}年` : '本年', aggs: { all: ca } },
    { label: pick(['增减', '比上年增减', '增减数']), der: 'd' },
    { label: pick(['增长（%）', '增长率（%）', '增幅（%）']), der: 'g' },
  ];
  const cols = mkCols(keys, st);
  const L = { kind: 'compare', stubLabel: '指标', rows, cols, rels: [] };
  L.vals = rows.map(() => cols.map(() => null)); L.decs = rows.map(() => cols.map((c) => c.dec));
  const noGrowth = new Set(['invRate', 'cov', 'avgAge']);
  cols.forEach((c, j) => {
    const p = val(pa, c.key, c.dec), q = val(ca, c.key, c.dec);
    L.vals[0][j] = p; L.vals[1][j] = q;
    L.vals[2][j] = typeof p === 'number' && typeof q === 'number' ? rd(q - p, c.dec) : '—';
    if (typeof L.vals[2][j] === 'number') L.rels.push({ t: 'pp', cell: [2, j], cur: [1, j], prev: [0, j], tol: tolOf(c.dec) });
    if (noGrowth.has(c.key) || typeof p !== 'number' || !p) { L.vals[3][j] = pick(['—', null]); }
    else { L.vals[3][j] = rd((q / p - 1) * 100, 1); L.decs[3][j] = 1; L.rels.push({ t: 'growth', cell: [3, j], cur: [1, j], prev: [0, j], tol: tolOf(1) }); }
  });
  instRowRules(L, 0, W.exhaustive); instRowRules(L, 1, W.exhaustive);
  L.title = `${W.city}两新组织党组织书记队伍主要指标对比表`;
  return L;
}
function bBlocks(W, st, wide) {
  const keys = pick([['orgs', 'secs', 'inv', 'invRate'], ['orgs', 'secs', 'ft', 'pt'], ['secs', 'fem', 'col', 'bach'], ['orgs', 'secs', 'trained', 'cov']]);
  const tst = { totLabel: pick(['全市', '合计', '总计']), group: null, park: false, totalFirst: ch(0.6), indent: st.indent };
  const { rows, srels } = emitTree(distTree(W, W.cur, tst), tst);
  const { rows: prow } = emitTree(distTree(W, W.prev, tst), tst);
  rows.forEach((r, i) => { r.aggs = { cur: r.aggs.all, prev: prow[i].aggs.all }; });
  const yl = ch(0.6);
  const per = ch(0.5) ? ['prev', 'cur'] : ['cur', 'prev'];
  const cols = [];
  for (const p of per) cols.push(...mkCols(keys, st, p, p === 'cur' ? (yl ? `${W.curY}年` : '本年') : (yl ? `${W.prevY}年` : '上年')));
  const L = { kind: 'blocks', stubLabel: pick(['地区', '县（市、区）']), rows, cols, rels: [] };
  fillVals(L);
  rows.forEach((r, i) => instRowRules(L, i, W.exhaustive));
  instStruct(L, srels, (c) => ADD.has(c.key));
  L.title = `${W.city}两新组织党组织书记队伍情况（${W.prevY}—${W.curY}年对照）`;
  return L;
}
function bDistCompare(W, st, wide) {
  const inds = pick([['secs'], ['orgs', 'secs'], ['secs', 'cov'], ['orgs', 'secs', 'cov']]);
  const tst = { totLabel: pick(['全市', '合计', '总计']), group: null, park: false, totalFirst: ch(0.6), indent: st.indent };
  const rootC = distTree(W, W.cur, tst);
  const rootP = distTree(W, W.prev, tst);
  const { rows, srels } = emitTree(rootC, tst);
  const { rows: prow } = emitTree(rootP, tst);
  const yl = ch(0.5);
  const noPrev = wide && ch(0.3);
  const B = (l, u) => (st.bracket ? `${l}（${u}）` : l);
  const cols = [];
  for (const k of inds) {
    const top = { orgs: B('党组织数', '个'), secs: B('书记人数', '人'), cov: '培训覆盖率（%）' }[k];
    const dec = k === 'cov' ? st.decRate : 0;
    if (!noPrev) cols.push({ key: k, sub: 'p', path: [top, yl ? `${W.prevY}年` : '上年'], dec });
    cols.push({ key: k, sub: 'c', path: [top, yl ? `${W.curY}年` : '本年'], dec });
    cols.push({ key: k, sub: 'd', path: [top, k === 'cov' ? '增减（百分点）' : '增减'], dec });
    if (k !== 'cov') cols.push({ key: k, sub: 'g', path: [top, '增长（%）'], dec: 1 });
  }
  cols.forEach((c) => { c.tlabel = c.path.join('：'); c.unit = c.key === 'cov' ? '%' : '人'; });
  const L = { kind: 'distcmp', stubLabel: pick(['地区', '县（市、区）']), rows, cols, rels: [] };
  L.decs = rows.map(() => cols.map((c) => c.dec));
  const ci = (k, s) => cols.findIndex((c) => c.key === k && c.sub === s);
  L.vals = rows.map((r, i) => cols.map((c) => {
    if (c.sub === 'c' && noPrev) c.path = [c.path[0], yl ? `${W.curY}年` : '本年'];
    const p = val(prow[i].aggs.all, c.key, c.dec), q = val(r.aggs.all, c.key, c.dec);
    if (c.sub === 'p') return p; if (c.sub === 'c') return q;
    if (c.sub === 'd') return typeof p === 'number' && typeof q === 'number' ? rd(q - p, c.dec) : '—';
    return p ? rd((q / p - 1) * 100, 1) : '—';
  }));
  rows.forEach((r, i) => {
    for (const k of inds) {
      if (noPrev) continue;
      if (typeof L.vals[i][ci(k, 'd')] === 'number') L.rels.push({ t: 'pp', cell: [i, ci(k, 'd')], cur: [i, ci(k, 'c')], prev: [i, ci(k, 'p')], tol: tolOf(cols[ci(k, 'c')].dec) });
      if (k !== 'cov' && typeof L.vals[i][ci(k, 'g')] === 'number') L.rels.push({ t: 'growth', cell: [i, ci(k, 'g')], cur: [i, ci(k, 'c')], prev: [i, ci(k, 'p')], tol: tolOf(1) });
    }
  });
  instStruct(L, srels, (c) => c.key !== 'cov' && c.sub !== 'g');
  L.title = `${W.city}两新组织党组织书记人数变化情况（分县市区）`;
  return L;
}

// ---------------------------------------------------------------- render to sheet model
function render(L, o) {
  const cells = new Map(); const merges = []; const fmts = new Map();
  const set = (r, c, v, f) => { cells.set(A(r, c), v); if (f) fmts.set(A(r, c), f); };
  const T = o.transpose;
  const ent = L.rows, ind = L.cols;
  const nData = T ? ent.length : ind.length;
  const stubH = T ? (o.unitCol ? ['指　标', '计量单位'] : ['指标']) : o.seq ? ['序号', L.stubLabel] : [L.stubLabel];
  const ns = stubH.length; const W = ns + nData;
  let r = 1;
  if (o.tabNo) { set(r, 1, o.tabNo); r++; }
  const titleRow = r; set(r, 1, o.title); merges.push([r, 1, r, W]); r++;
  if (o.unitLine) { const c = o.unitLeft ? 1 : Math.max(1, W - 2); set(r, c, o.unitLine); if (!o.unitLeft && W - c > 0) merges.push([r, c, r, W]); r++; }
  const paths = T ? ent.map((e) => e.hpath || [e.label.trim()]) : ind.map((c) => c.path);
  const D = Math.max(...paths.map((p) => p.length), o.minDepth || 1);
  const h0 = r;
  stubH.forEach((s, k) => { set(h0, k + 1, s); if (D > 1) merges.push([h0, k + 1, h0 + D - 1, k + 1]); });
  const same = (a, b, n) => { for (let i = 0; i < n; i++) if (a[i] !== b[i]) return false; return true; };
  for (let lev = 0; lev < D; lev++) {
    let c = 0;
    while (c < paths.length) {
      const p = paths[c];
      if (lev >= p.length) { c++; continue; }
      if (lev === p.length - 1) { set(h0 + lev, ns + c + 1, p[lev]); if (lev < D - 1) merges.push([h0 + lev, ns + c + 1, h0 + D - 1, ns + c + 1]); c++; continue; }
      let e = c;
      while (e + 1 < paths.length && paths[e + 1].length - 1 > lev && same(paths[e + 1], p, lev + 1)) e++;
      set(h0 + lev, ns + c + 1, p[lev]); if (e > c) merges.push([h0 + lev, ns + c + 1, h0 + lev, ns + e + 1]);
      c = e + 1;
    }
  }
  r = h0 + D;
  const hdrEnd = r - 1;
  if (o.lanci) { set(r, 1, '甲'); if (ns > 1) set(r, 2, '乙'); for (let k = 0; k < nData; k++) set(r, ns + k + 1, k + 1); r++; }
  const d0 = r;
  const nRows = T ? ind.length : ent.length;
  const addr = (i, j) => (T ? A(d0 + j, ns + i + 1) : A(d0 + i, ns + j + 1));
  let seq = 0;
  for (let k = 0; k < nRows; k++) {
    if (T) { set(d0 + k, 1, ind[k].tlabel); if (o.unitCol) set(d0 + k, 2, ind[k].unit); }
    else {
      const e = ent[k];
      if (o.seq) { const isLeaf = !e.total && !e.blank && !/小|计|其中|^　/.test(e.label) && !/^[一二三]、/.test(e.label); set(d0 + k, 1, isLeaf ? ++seq : null); }
      set(d0 + k, ns, e.label);
    }
  }
  for (let i = 0; i < ent.length; i++) for (let j = 0; j < ind.length; j++) {
    let v = L.vals[i][j]; const dec = L.decs[i][j];
    if (v === 0 && o.zero !== '0' && !(L.kind === 'series' || L.kind === 'compare' || L.kind === 'distcmp')) v = o.zero === '—' ? '—' : null;
    const a = addr(i, j);
    if (o.pctFrac && ind[j].unit === '%' && typeof v === 'number') { cells.set(a, rd(v / 100, dec + 2)); fmts.set(a, (dec ? '0.' + '0'.repeat(dec) : '0') + '%'); continue; }
    cells.set(a, v === undefined ? null : v);
    if (typeof v === 'number') fmts.set(a, dec === 0 ? (o.thousands ? '#,##0' : '0') : '0.' + '0'.repeat(dec));
  }
  r = d0 + nRows;
  if (o.notes && o.notes.length) { if (o.noteGap) r++; for (const n of o.notes) { set(r, 1, n); merges.push([r, 1, r, W]); r++; } }
  const rels = L.rels.map((x) => { const m = mapRel(x, addr); if (o.pctFrac && x.t === 'rate' && ind[x.cell[1]].unit === '%') { m.k = 1; m.tol = tolOf(ind[x.cell[1]].dec + 2); } return m; });
  return { titleRow, cells, fmts, merges, rels, W, hdr: [h0, hdrEnd], data: [d0, d0 + nRows - 1], ns, lastRow: r - 1 };
}
function mapRel(x, addr) {
  const m = (c) => addr(c[0], c[1]);
  const o = { t: x.t };
  if (x.t === 'sum') { o.total = m(x.total); o.parts = x.parts.map(m); }
  else if (x.t === 'le') { o.whole = m(x.whole); o.parts = x.parts.map(m); }
  else if (x.t === 'rate') { o.cell = m(x.cell); o.num = m(x.num); o.den = m(x.den); o.k = x.k; }
  else if (x.t === 'growth' || x.t === 'pp') { o.cell = m(x.cell); o.cur = m(x.cur); o.prev = m(x.prev); }
  else if (x.t === 'cagr') { o.cell = m(x.cell); o.end = m(x.end); o.start = m(x.start); o.n = x.n; }
  o.tol = x.tol;
  return o;
}

// ---------------------------------------------------------------- workbook
function buildBook(W, wide) {
  const st = commonStyle(wide);
  const menu = [
    () => bDistrict(W, st, wide, false),
    () => bKind(W, st, wide),
    () => bCross(W, st, wide),
    () => bSeries(W, st, wide, false),
    () => bCompare(W, st, wide),
    () => bDistCompare(W, st, wide),
    () => bDistrict(W, st, wide, true),
    () => bBlocks(W, st, wide),
  ];
  const n = ri(2, wide ? 5 : 4);
  const order = [0, ...shuffle(wide ? [1, 2, 3, 4, 5, 6, 0, 1, 7] : [1, 2, 3, 4, 5, 6, 0, 1]).slice(0, n - 1)];
  const unitLine = ch(0.5);
  const named = ch(0.4);
  const sheets = [];
  const usedNames = new Set();
  order.forEach((b, k) => {
    let L = menu[b]();
    let transpose = b === 6 || b === 4 ? true : false;
    if (b === 4 && wide && ch(0.2)) transpose = false;
    if (b === 3 && ch(0.4)) transpose = true;
    let name = named ? { 0: '分地区', 1: '分类型', 2: '分布', 3: '历年', 4: '对比', 5: '增减', 6: '汇总', 7: '两年对照' }[b] : `表${k + 1}`;
    while (usedNames.has(name)) name += '2';
    usedNames.add(name);
    const notes = [];
    if (ch(0.6)) notes.push(pick(['注：', '说明：']) + pick([`1.本表统计截至${W.curY}年12月31日；2.书记人数不含空缺岗位。`, '“—”表示无此项或为零。', `人均补贴=补贴（报酬）金额÷发放人数。`, '培训覆盖率=年度参训人数÷书记人数×100%。', `出资人担任书记比例=出资人担任书记人数÷书记人数×100%。`]));
    if (ch(0.5)) notes.push(`填报单位：中共${W.city}委组织部（盖章）`);
    if (ch(0.4)) notes.push(`填报人：${pick(['王', '李', '张', '刘'])}某某　　审核人：${pick(['陈', '赵', '周'])}某某　　填报日期：${W.curY + 1}年1月${ri(5, 25)}日`);
    const o = {
      transpose, title: L.title, tabNo: ch(0.3) ? (named ? `附表${k + 1}` : `表${k + 1}`) : null,
      unitLine: unitLine && ch(0.8) ? unitLineOf(L, W) : null,
      unitLeft: ch(0.3), unitCol: transpose && ch(0.6), seq: !transpose && wide && ch(0.15), lanci: wide && ch(0.15),
      pctFrac: wide && ['district', 'kind', 'cross'].includes(L.kind) && ch(0.2), formulas: wide && ch(0.25),
      zero: pick(['0', '—', '—', null].map((x) => (x === null ? 'blank' : x))), notes, noteGap: ch(0.5), thousands: ch(0.15),
    };
    const M = render(L, o);
    M.name = name; M.L = L; M.formulas = o.formulas;
    sheets.push(M);
  });
  return sheets;
}

function unitLineOf(L, W) {
  const us = new Set();
  for (const c of L.cols) { us.add(c.unit); if (c.sub === 'g') us.add('%'); }
  if (L.rows.some((r) => r.cagr || r.der === 'g')) us.add('%');
  const order = ['个', '人', '人次', '%', '百分点', '岁', '万元', '元'];
  const list = order.filter((u) => us.has(u));
  const generic = ['个', '人', '%', '岁', '万元'];
  const s = list.every((u) => generic.includes(u)) && ch(0.5) ? generic.join('、') : list.join('、');
  return ch(0.25) ? `截至${W.curY}年12月31日　　单位：${s}` : `单位：${s}`;
}
// ---------------------------------------------------------------- plants
function numv(v) { return typeof v === 'number' ? v : null; }
function plantOne(M) {
  const kinds = ['sum', 'sum', 'rate', 'le', 'pp', 'growth'];
  for (let tries = 0; tries < 200; tries++) {
    const want = pick(kinds);
    const cand = M.rels.filter((x) => (want === 'growth' ? x.t === 'growth' || x.t === 'cagr' : x.t === want));
    if (!cand.length) continue;
    const rel = pick(cand);
    const get = (a) => M.cells.get(a);
    let cell, now;
    if (rel.t === 'sum') {
      cell = ch(0.45) ? rel.total : pick(rel.parts);
      const was = numv(get(cell)); if (was === null || was === 0) continue;
      const isAmt = !Number.isInteger(was) || (M.fmts.get(cell) || '').includes('.00');
      if (isAmt) now = rd(was + (ch(0.5) ? 1 : -1) * ri(3, Math.max(4, Math.round(was * 10))) / 100, 2);
      else if (ch(0.3) && String(was).length >= 2) { const s = String(was).split(''); const k = ri(0, s.length - 2); [s[k], s[k + 1]] = [s[k + 1], s[k]]; now = Number(s.join('')); }
      else now = was + (ch(0.5) ? 1 : -1) * ri(1, Math.max(2, Math.round(was * 0.08)));
    } else if (rel.t === 'le') {
      cell = pick(rel.parts);
      const was = numv(get(cell)); const whole = numv(get(rel.whole)); if (was === null || was === 0 || whole === null || !whole) continue;
      now = whole + ri(1, Math.max(2, Math.round(whole * 0.1)));
    } else if (rel.t === 'rate') {
      cell = rel.cell; const was = numv(get(cell)); if (was === null) continue;
      const dec = ((M.fmts.get(cell) || '0').split('.')[1] || '').replace('%', '').length;
      if (rel.k === 1) { now = rd(was + (ch(0.5) ? 1 : -1) * ri(10, 90) / 1000, dec + 2); if (now < 0 || now > 1) continue; }
      else if (rel.k === 100) { now = rd(was + (ch(0.5) ? 1 : -1) * ri(10, 90) / 10, dec); if (now < 0 || now > 100) continue; }
      else now = rd(was * (1 + (ch(0.5) ? 1 : -1) * ri(8, 35) / 100), dec);
    } else if (rel.t === 'pp') {
      cell = rel.cell; const was = numv(get(cell)); if (was === null) continue;
      const dec = (M.fmts.get(cell) || '0').split('.')[1]?.length || 0;
      now = dec === 0 ? was + (ch(0.5) ? 1 : -1) * ri(1, Math.max(2, Math.round(Math.abs(was) * 0.3))) : rd(was + (ch(0.5) ? 1 : -1) * ri(3, 30) / 10, dec);
      if (ch(0.2) && was !== 0) now = -was;
    } else {
      cell = rel.cell; const was = numv(get(cell)); if (was === null) continue;
      now = rd(was + (ch(0.5) ? 1 : -1) * ri(12, 60) / 10, 1);
      if (ch(0.2) && Math.abs(was) >= 1) now = -was;
    }
    const was = get(cell);
    if (now === was || !Number.isFinite(now) || now < 0 && rel.t !== 'pp' && rel.t !== 'growth' && rel.t !== 'cagr') continue;
    const tmp = new Map(M.cells); tmp.set(cell, now);
    if (!(evalRel(rel, (a) => tmp.get(a)) > 0)) continue;
    M.cells.set(cell, now);
    (M.plants = M.plants || []).push({ cell });
    return { sheet: M.name, cell, was, now, kind: rel.t === 'cagr' ? 'growth' : rel.t };
  }
  return null;
}

async function writeBook(sheets, file) {
  const wb = new ExcelJS.Workbook();
  for (const M of sheets) {
    const ws = wb.addWorksheet(M.name);
    const fx = new Map();
    if (M.formulas) {
      const planted = new Set((M.plants || []).map((p) => p.cell));
      for (const r of M.rels) {
        if (r.t !== 'sum' || fx.has(r.total) || planted.has(r.total) || r.parts.some((p) => planted.has(p))) continue;
        if ([r.total, ...r.parts].some((a) => typeof M.cells.get(a) !== 'number')) continue;
        if (!M.cells.get(r.total)) continue; // exceljs drops a cached result of 0
        fx.set(r.total, r.parts.join('+'));
      }
      // a planted total whose formula was overwritten by a typed figure stays typed
    }
    const thin = { style: 'thin' };
    for (const [a, v] of M.cells) {
      const c = ws.getCell(a); c.value = v === undefined ? null : v;
      if (fx.has(a)) c.value = { formula: fx.get(a), result: v };
      const f = M.fmts.get(a); if (f) c.numFmt = f;
      const rr = c.row;
      if (rr >= M.hdr[0] && rr <= M.data[1] && c.col <= M.W) { c.border = { top: thin, left: thin, bottom: thin, right: thin }; c.font = { name: '宋体', size: 10 }; }
      if (rr >= M.hdr[0] && rr <= M.hdr[1]) c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    }
    for (let rr = M.hdr[0]; rr <= M.data[1]; rr++) for (let cc = 1; cc <= M.W; cc++) { const c = ws.getCell(rr, cc); if (!c.border) c.border = { top: thin, left: thin, bottom: thin, right: thin }; }
    for (const m of M.merges) ws.mergeCells(m[0], m[1], m[2], m[3]);
    ws.getCell(M.titleRow, 1).font = { name: '黑体', size: 14, bold: true };
    ws.getColumn(1).width = 22; for (let cc = 2; cc <= M.W; cc++) ws.getColumn(cc).width = 11;
  }
  await wb.xlsx.writeFile(file);
}

async function makeSet(dir, seed, N, wide) {
  seedRng(seed);
  fs.mkdirSync(dir, { recursive: true });
  const man = []; const rels = {};
  for (let f = 1; f <= N; f++) {
    const file = `${path.basename(dir)[0]}${String(f).padStart(3, '0')}.xlsx`;
    const W = genWorld(wide);
    const sheets = buildBook(W, wide);
    rels[file] = {}; for (const M of sheets) rels[file][M.name] = M.rels;
    const u = R();
    const nPl = u < 0.5 ? 0 : u < 0.93 ? 1 : 2;
    const plants = [];
    const order = shuffle(sheets.map((_, i) => i));
    for (const si of order) {
      if (plants.length >= nPl) break;
      const p = plantOne(sheets[si]); if (p) plants.push(p);
    }
    man.push({ file, plants });
    await writeBook(sheets, path.join(dir, file));
  }
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(man, null, 1));
  const relDir = path.join(path.dirname(dir), 'rel'); fs.mkdirSync(relDir, { recursive: true });
  fs.writeFileSync(path.join(relDir, path.basename(dir) + '.json'), JSON.stringify(rels));
  console.log(dir, N, 'clean', man.filter((m) => !m.plants.length).length, 'plants', man.reduce((s, m) => s + m.plants.length, 0));
}

(async () => {
  const here = __dirname;
  const a = process.argv.slice(2);
  if (a.length) await makeSet(path.join(here, a[0]), Number(a[1]), Number(a[2]), a[3] === 'wide');
  else { await makeSet(path.join(here, 'cases'), 97001, 45, false); await makeSet(path.join(here, 'probe'), 97002, 100, true); }
})();
