// Round 65b of issue 9, by an outside helper: writes clean and planted books to /tmp/round65b; the corpus keeps the
// clean ones (tests/corpora/layouts/enterprise-65, copied from its cases folder).
// Generator: node gen.js        -> cases/*.xlsx + manifest.json
//            node gen.js probe  -> probe/*.xlsx + probe/manifest.json
const ExcelJS = require('/work/main/node_modules/exceljs');
const fs = require('fs'), path = require('path');
const PROBE = process.argv[2] === 'probe';
let seed = PROBE ? 777 : 65;
function rnd() { seed |= 0; seed = (seed + 0x6D2B79F5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const U = (a, b) => a + rnd() * (b - a);
const pick = (a) => a[Math.floor(rnd() * a.length)];
const shuffle = (a) => { a = a.slice(); for (let i = a.length - 1; i > 0; i--) { const j = ri(0, i); [a[i], a[j]] = [a[j], a[i]]; } return a; };
const round = (x, d) => { const m = 10 ** d; const s = x < 0 ? -1 : 1; return s * Math.round(Math.abs(x) * m + 1e-7) / m; };
function split(n, w) { const tot = w.reduce((a, b) => a + b, 0); const out = w.map((x) => Math.floor(n * x / tot)); let rest = n - out.reduce((a, b) => a + b, 0); let i = 0; while (rest > 0) { out[i % out.length]++; rest--; i++; } return out; }

const COUNTIES = ['城关区', '新城区', '高新区', '经开区', '临江县', '青山县', '白沙县', '河口市', '东乡县', '西岭县', '南台县', '北湖区'];
const STREETS = ['东门街道', '西门街道', '南湖街道', '北关街道', '城东街道'];
const TOWNS = ['石桥镇', '柳林镇', '龙泉镇', '白马镇', '清水乡', '杨柳乡', '大坪镇', '黄土镇'];
const INDUSTRIES = ['制造业', '批发和零售业', '建筑业', '信息传输、软件和信息技术服务业', '交通运输、仓储和邮政业', '住宿和餐饮业', '租赁和商务服务业', '科学研究和技术服务业'];
const BASE = ['ent', 'mem', 'single', 'joint', 'instr', 'invMem', 'sec_inv', 'sec_exec', 'sec_staff', 'sec_sent', 's5', 's4', 's3', 's2', 's1', 's0', 'fFis', 'fEnt', 'fOth', 'ent0', 'single0', 'joint0', 'orgs0'];

function leaf(scale = 1) {
  const r = {};
  r.ent = Math.max(12, Math.round(ri(60, 900) * scale));
  r.mem = Math.round(r.ent * U(0.25, 0.6));
  r.single = Math.round(r.mem * U(0.3, 0.7));
  r.joint = Math.round((r.ent - r.single) * U(0.08, 0.35));
  const orgs = r.single + Math.ceil(r.joint / ri(2, 5));
  const secT = Math.max(0, orgs - (rnd() < 0.3 ? ri(1, 3) : 0));
  [r.sec_inv, r.sec_exec, r.sec_staff, r.sec_sent] = split(secT, [U(1, 3), U(2, 4), U(1, 3), U(0.3, 1.5)].map((x) => x));
  shuffleParts(r, ['sec_inv', 'sec_exec', 'sec_staff', 'sec_sent']);
  r.invMem = r.sec_inv + ri(0, Math.round(r.ent * 0.08));
  r.instr = ri(3, Math.max(4, Math.round(r.ent / 15)));
  [r.s5, r.s4, r.s3, r.s2, r.s1, r.s0] = split(orgs, [U(0.3, 1), U(1, 2), U(1.5, 3), U(1, 2), U(0.2, 1), U(0.5, 2)]);
  shuffleParts(r, ['s5', 's4', 's3', 's2', 's1', 's0']);
  r.fFis = ri(200, 6000); r.fEnt = ri(500, 20000); r.fOth = ri(0, 1500);
  r.ent0 = Math.max(10, Math.round(r.ent / U(0.97, 1.18)));
  r.single0 = Math.min(r.single, Math.round(r.single / U(1.0, 1.25)));
  r.joint0 = Math.min(r.ent0 - r.single0, Math.round(r.joint / U(0.95, 1.3)));
  r.orgs0 = Math.max(1, Math.round(orgs / U(0.97, 1.25)));
  return r;
}
function shuffleParts(r, keys) { const v = keys.map((k) => r[k]); for (let i = 0; i < v.length; i++) { const j = ri(0, v.length - 1); if (rnd() < 0.3) [v[i], v[j]] = [v[j], v[i]]; } keys.forEach((k, i) => (r[k] = v[i])); }
function sum(recs) { const r = {}; for (const k of BASE) r[k] = recs.reduce((a, x) => a + x[k], 0); return r; }
function subset(p) { const f = U(0.2, 0.65); const r = {}; for (const k of BASE) r[k] = Math.floor(p[k] * f); if (r.ent0 < 1) r.ent0 = 1; if (r.orgs0 < 1) r.orgs0 = 1; r.single0 = Math.min(r.single0, r.ent0); r.joint0 = Math.min(r.joint0, r.ent0 - r.single0); const orgs = r.s5 + r.s4 + r.s3 + r.s2 + r.s1 + r.s0; let sec = r.sec_inv + r.sec_exec + r.sec_staff + r.sec_sent; while (sec > orgs) { for (const k of ['sec_exec', 'sec_staff', 'sec_inv', 'sec_sent']) if (sec > orgs && r[k] > 0) { r[k]--; sec--; } } return r; }

// derived field definitions: kind count|rate|money
const F = {
  ent: { k: 'count', v: (r) => r.ent }, mem: { k: 'count', v: (r) => r.mem }, single: { k: 'count', v: (r) => r.single }, joint: { k: 'count', v: (r) => r.joint },
  built: { k: 'count', v: (r) => r.single + r.joint }, instr: { k: 'count', v: (r) => r.instr }, invMem: { k: 'count', v: (r) => r.invMem },
  cov: { k: 'rate', v: (r) => pct(r.single + r.joint, r.ent) },
  nomem: { k: 'count', v: (r) => r.ent - r.mem }, nomemP: { k: 'rate', v: (r) => pct(r.ent - r.mem, r.ent) },
  memP: { k: 'rate', v: (r) => pct(r.mem, r.ent) },
  orgs: { k: 'count', v: (r) => r.s5 + r.s4 + r.s3 + r.s2 + r.s1 + r.s0 },
  secT: { k: 'count', v: (r) => r.sec_inv + r.sec_exec + r.sec_staff + r.sec_sent },
  sec_inv: { k: 'count', v: (r) => r.sec_inv }, sec_exec: { k: 'count', v: (r) => r.sec_exec }, sec_staff: { k: 'count', v: (r) => r.sec_staff }, sec_sent: { k: 'count', v: (r) => r.sec_sent },
  fT: { k: 'money', v: (r) => (r.fFis + r.fEnt + r.fOth) / 100 }, fFis: { k: 'money', v: (r) => r.fFis / 100 }, fEnt: { k: 'money', v: (r) => r.fEnt / 100 }, fOth: { k: 'money', v: (r) => r.fOth / 100 },
  ent0: { k: 'count', v: (r) => r.ent0 }, built0: { k: 'count', v: (r) => r.single0 + r.joint0 }, cov0: { k: 'rate', v: (r) => pct(r.single0 + r.joint0, r.ent0) },
  orgs0: { k: 'count', v: (r) => r.orgs0 },
  entG: { k: 'growth', v: (r) => pct(r.ent - r.ent0, r.ent0) }, builtG: { k: 'growth', v: (r) => pct(r.single + r.joint - r.single0 - r.joint0, r.single0 + r.joint0) },
  orgsG: { k: 'growth', v: (r) => pct(F.orgs.v(r) - r.orgs0, r.orgs0) },
  covD: { k: 'pp' }, // computed from displayed cov & cov0
};
for (const s of ['s5', 's4', 's3', 's2', 's1', 's0']) { F[s] = { k: 'count', v: (r) => r[s] }; F[s + 'p'] = { k: 'rate', v: (r) => pct(r[s], F.orgs.v(r)) }; }
function pct(a, b) { return b === 0 ? null : a / b * 100; }

const HEAD = {
  ent: ['企业数', '企业总数（户）', '非公企业数（个）'], mem: ['有党员的企业数', '有党员企业（个）'], built: ['建立党组织的企业数', '已建党组织企业数'],
  single: ['单独建立', '单独组建'], joint: ['联合建立', '联合组建'], cov: ['党组织覆盖率（%）', '覆盖率(%)', '党组织覆盖率'],
  nomem: ['无党员企业数', '无党员企业（个）'], nomemP: ['无党员企业占比（%）', '占比（%）'], memP: ['有党员企业占比（%）'], instr: ['选派党建工作指导员数（名）', '党建工作指导员（人）'],
  invMem: ['出资人党员数', '出资人中党员数（名）'], orgs: ['党组织数', '党组织总数（个）'], secT: ['书记总数', '合计'],
  sec_inv: ['出资人', '出资人担任'], sec_exec: ['高管', '企业高管'], sec_staff: ['普通职工', '一般职工'], sec_sent: ['选派', '上级选派'],
  fT: ['合计', '经费总额'], fFis: ['其中：财政补助', '财政补助'], fEnt: ['企业列支', '企业党建经费列支'], fOth: ['其他', '其他来源'],
};

// ---------- table -> grid ----------
// cols: [{key, parent?, head}] ; rows: [{label, seq, rec, type, remark}]
function buildSheet(spec) {
  const g = []; const merges = []; const fmts = {}; const meta = {}; const formulas = {};
  const set = (r, c, v, fmt) => { (g[r] = g[r] || [])[c] = v; if (fmt) fmts[r + ',' + c] = fmt; };
  const { cols, rows, rdec = 1 } = spec;
  const lead = []; if (spec.seq) lead.push('seq'); lead.push('label');
  const allCols = [...lead, ...cols.map((c) => c.key), ...(spec.remark ? ['remark'] : [])];
  const W = allCols.length;
  let r = 1;
  if (spec.title) { set(r, 1, spec.title); merges.push([r, 1, r, W]); r++; }
  if (spec.filler) { set(r, 1, spec.filler[0]); if (spec.filler[1]) set(r, Math.max(2, W - 2), spec.filler[1]); r++; }
  if (spec.unitLine) { set(r, spec.unitLine.right ? W : 1, spec.unitLine.text); r++; }
  if (spec.transposed) return transposed(spec, g, merges, fmts, meta, set, r);
  const twoLevel = cols.some((c) => c.parent);
  const hr = r;
  let c = 1;
  for (const k of lead) { set(hr, c, k === 'seq' ? '序号' : spec.labelHead || '单位'); if (twoLevel) merges.push([hr, c, hr + 1, c]); c++; }
  let i = 0;
  while (i < cols.length) {
    const col = cols[i];
    if (col.parent) { let j = i; while (j + 1 < cols.length && cols[j + 1].parent === col.parent) j++; set(hr, c, col.parent); if (j > i) merges.push([hr, c, hr, c + j - i]); for (let t = i; t <= j; t++) set(hr + 1, c + t - i, cols[t].head); c += j - i + 1; i = j + 1; }
    else { set(hr, c, col.head); if (twoLevel) merges.push([hr, c, hr + 1, c]); c++; i++; }
  }
  if (spec.remark) { set(hr, c, '备注'); if (twoLevel) merges.push([hr, c, hr + 1, c]); }
  r = hr + (twoLevel ? 2 : 1);
  if (spec.colNumbers) { let cc = 1; for (const k of lead) { set(r, cc, k === 'seq' ? '' : '甲'); cc++; } cols.forEach((_, t) => set(r, cc + t, t + 1)); r++; }
  const first = r;
  const rowVals = [];
  for (const row of rows) {
    let cc = 1;
    if (spec.seq) set(r, cc++, row.seq === undefined ? '' : row.seq);
    set(r, cc++, row.label);
    const vals = {};
    cols.forEach((col, t) => {
      const cell = cc + t;
      let v;
      if (row.type === 'dash' || (row.dashKeys && row.dashKeys.includes(col.key))) v = spec.dash || '—';
      else v = valueOf(col.key, row.rec, rdec, spec, vals);
      vals[col.key] = v;
      const kind = F[col.key].k;
      const dec = kind === 'count' ? 0 : kind === 'money' ? 2 : (col.dec ?? rdec);
      if (typeof v === 'number') {
        let stored = v;
        if (spec.rawRates && (kind === 'rate' || kind === 'growth') && row.raw && row.raw[col.key] !== undefined) stored = row.raw[col.key];
        set(r, cell, stored, dec === 0 ? '0' : '0.' + '0'.repeat(dec));
        meta[r + ',' + cell] = { key: col.key, type: row.type, row: row, dec, shown: v };
      } else set(r, cell, v);
    });
    if (spec.remark && row.remark) set(r, cc + cols.length, row.remark);
    rowVals.push({ r, row, vals });
    r++;
  }
  if (spec.footnotes) { r++; for (const f of spec.footnotes) { set(r, 1, f); merges.push([r, 1, r, W]); r++; } }
  return { g, merges, fmts, meta, formulas, W, first, rowVals, lead: lead.length, widths: allCols.map((k) => (k === 'label' ? 22 : k === 'remark' ? 20 : 11)) };
}
function valueOf(key, rec, rdec, spec, vals) {
  const f = F[key];
  if (key === 'covD') { const a = valueOf('cov', rec, rdec), b = valueOf('cov0', rec, rdec); return a == null || b == null ? null : round(a - b, rdec); }
  const x = f.v(rec);
  if (x === null) return spec.dash || '—';
  if (f.k === 'count') return x;
  if (f.k === 'money') return round(x, 2);
  return round(x, rdec);
}
function transposed(spec, g, merges, fmts, meta, set, r) {
  // rows = indicators, columns = units
  const { cols, rows, rdec = 1 } = spec;
  set(r, 1, '指标'); rows.forEach((row, j) => set(r, 2 + j, row.label.trim()));
  r++;
  const first = r;
  for (const col of cols) {
    set(r, 1, (col.parent ? col.parent + '：' : '') + col.head.replace(/^其中：/, '其中：'));
    rows.forEach((row, j) => {
      const v = valueOf(col.key, row.rec, rdec, spec);
      const kind = F[col.key].k; const dec = kind === 'count' ? 0 : kind === 'money' ? 2 : rdec;
      if (typeof v === 'number') { set(r, 2 + j, v, dec === 0 ? '0' : '0.' + '0'.repeat(dec)); meta[r + ',' + (2 + j)] = { key: col.key, type: row.type, row, dec, shown: v }; }
      else set(r, 2 + j, v);
    });
    r++;
  }
  if (spec.footnotes) { r++; for (const f of spec.footnotes) { set(r, 1, f); r++; } }
  return { g, merges, fmts, meta, formulas: {}, W: rows.length + 1, first, transposed: true, widths: [24, ...rows.map(() => 12)] };
}

// ---------- column sets ----------
const H = (k) => pick(HEAD[k]);
function colset(kind, opt = {}) {
  const nested = rnd() < 0.5;
  switch (kind) {
    case 'coverage': {
      const cs = [{ key: 'ent', head: H('ent') }, { key: 'mem', head: H('mem') }];
      if (nested) cs.push({ key: 'built', parent: '建立党组织的企业数', head: '小计' }, { key: 'single', parent: '建立党组织的企业数', head: H('single') }, { key: 'joint', parent: '建立党组织的企业数', head: H('joint') });
      else cs.push({ key: 'built', head: H('built') }, { key: 'single', head: '其中：' + H('single') }, { key: 'joint', head: H('joint') });
      cs.push({ key: 'cov', head: H('cov') });
      if (rnd() < 0.6) cs.push({ key: 'nomem', head: H('nomem') }, { key: 'nomemP', head: H('nomemP') });
      if (rnd() < 0.5) cs.push({ key: 'instr', head: H('instr') });
      return cs;
    }
    case 'secretary': {
      const p = '党组织书记来源';
      const cs = [{ key: 'orgs', head: H('orgs') }];
      if (rnd() < 0.5) cs.push({ key: 'secT', head: '书记总数' }, ...['sec_inv', 'sec_exec', 'sec_staff', 'sec_sent'].map((k) => ({ key: k, parent: p, head: H(k) })));
      else cs.push(...['secT', 'sec_inv', 'sec_exec', 'sec_staff', 'sec_sent'].map((k) => ({ key: k, parent: p, head: k === 'secT' ? '合计' : H(k) })));
      if (rnd() < 0.6) cs.push({ key: 'invMem', head: H('invMem') });
      return cs;
    }
    case 'stars': {
      const cs = [{ key: 'orgs', head: H('orgs') }];
      const names = { s5: '五星', s4: '四星', s3: '三星', s2: '二星', s1: '一星', s0: '未评' };
      const withShare = opt.noShare ? false : true;
      for (const s of ['s5', 's4', 's3', 's2', 's1', 's0']) {
        if (withShare) cs.push({ key: s, parent: names[s], head: '个数' }, { key: s + 'p', parent: names[s], head: '占比（%）' });
        else cs.push({ key: s, parent: '星级评定情况（个）', head: names[s] === '未评' ? '未评定' : names[s] + '级' });
      }
      return cs;
    }
    case 'funds': {
      const p = '党建活动经费（万元）';
      const cs = [{ key: 'fT', parent: p, head: '合计' }, { key: 'fFis', parent: p, head: '其中：财政补助' }, { key: 'fEnt', parent: p, head: H('fEnt') }];
      if (opt.other) cs.push({ key: 'fOth', parent: p, head: H('fOth') });
      return cs;
    }
    case 'twoyear': {
      const y0 = opt.y0 || '2024年', y1 = opt.y1 || '2025年';
      const cs = [{ key: 'ent0', parent: y0, head: '企业数' }, { key: 'built0', parent: y0, head: '建立党组织企业数' }, { key: 'cov0', parent: y0, head: '覆盖率（%）' },
        { key: 'ent', parent: y1, head: '企业数' }, { key: 'built', parent: y1, head: '建立党组织企业数' }, { key: 'cov', parent: y1, head: '覆盖率（%）' }];
      if (rnd() < 0.5) cs.push({ key: 'entG', parent: '比上年', head: '企业数增长（%）' }, { key: 'covD', parent: '比上年', head: '覆盖率增减（百分点）' });
      else cs.push({ key: 'entG', head: '企业数增长（%）' }, { key: 'builtG', head: '建立党组织企业数增长（%）' }, { key: 'covD', head: '覆盖率增减（百分点）' });
      return cs;
    }
    case 'orgs2y': {
      return [{ key: 'orgs0', parent: '党组织数（个）', head: '2024年' }, { key: 'orgs', parent: '党组织数（个）', head: '2025年' }, { key: 'orgsG', parent: '党组织数（个）', head: '增长（%）' },
        { key: 'cov0', parent: '覆盖率（%）', head: '2024年' }, { key: 'cov', parent: '覆盖率（%）', head: '2025年' }, { key: 'covD', parent: '覆盖率（%）', head: '增减（百分点）' }];
    }
    case 'mixed': {
      const cs = [{ key: 'ent', head: H('ent') }, { key: 'orgs', head: H('orgs') }, { key: 'built', head: H('built') }, { key: 'cov', head: H('cov') }, { key: 'secT', head: '党组织书记数' }, { key: 'instr', head: H('instr') }, { key: 'fT', head: '党建活动经费（万元）' }];
      return cs;
    }
    case 'nomember': {
      return [{ key: 'ent', head: H('ent') }, { key: 'mem', head: H('mem') }, { key: 'memP', head: '有党员企业占比（%）' }, { key: 'nomem', head: H('nomem') }, { key: 'nomemP', head: '无党员企业占比（%）' }, { key: 'invMem', head: H('invMem') }];
    }
  }
}

// ---------- row structures ----------
const CN = ['一', '二', '三', '四', '五', '六'];
function rowsFlat(labels, opt = {}) {
  const items = labels.map((l) => ({ label: l, rec: leaf(opt.scale || 1), type: 'item' }));
  const tot = { label: pick(['合计', '总计', '全市合计', '全县']), rec: sum(items.map((x) => x.rec)), type: 'total' };
  let rows = opt.totalLast ? [...items, tot] : [tot, ...items];
  let n = 1; rows.forEach((x) => { if (x.type === 'item') x.seq = n++; });
  return rows;
}
function rowsHier(opt = {}) {
  const st = shuffle(STREETS).slice(0, ri(2, 4)), tw = shuffle(TOWNS).slice(0, ri(2, 5));
  const ind = opt.indent || '　　';
  const si = st.map((l) => ({ label: ind + l, rec: leaf(0.5), type: 'item' })), ti = tw.map((l) => ({ label: ind + l, rec: leaf(0.3), type: 'item' }));
  const ss = { label: '街道小计', rec: sum(si.map((x) => x.rec)), type: 'sub', seq: '一' }, ts = { label: '乡镇小计', rec: sum(ti.map((x) => x.rec)), type: 'sub', seq: '二' };
  const tot = { label: pick(['全县合计', '合计', '总计']), rec: sum([ss.rec, ts.rec]), type: 'total', seq: '' };
  si.forEach((x, i) => (x.seq = i + 1)); ti.forEach((x, i) => (x.seq = i + 1));
  const body = [ss, ...si, ts, ...ti];
  return opt.totalLast ? [...body, tot] : [tot, ...body];
}
function rowsIndustry(opt = {}) {
  const labs = shuffle(INDUSTRIES).slice(0, ri(4, 7));
  const rows = [];
  const items = [];
  for (const l of labs) {
    const it = { label: l, rec: leaf(0.8), type: 'item' }; items.push(it); rows.push(it);
    if (opt.qz && rnd() < 0.4) rows.push({ label: '　　其中：' + pick(['高新技术企业', '规上企业', '外资企业', '上市企业']), rec: subset(it.rec), type: 'qz', parent: it });
  }
  const tot = { label: '合计', rec: sum(items.map((x) => x.rec)), type: 'total' };
  return opt.totalLast ? [...rows, tot] : [tot, ...rows];
}
function rowsSize(opt = {}) {
  const a = { label: '规模以上企业', rec: leaf(0.7), type: 'item' }, b = { label: '规模以下企业', rec: leaf(2.5), type: 'item' };
  const q = { label: '　　其中：从业人员50人以上', rec: subset(b.rec), type: 'qz', parent: b };
  const tot = { label: '合计', rec: sum([a.rec, b.rec]), type: 'total' };
  return opt.totalLast ? [a, b, q, tot] : [tot, a, b, q];
}

// ---------- book specs ----------
const YEARS = ['2025年', '2024年'];
function header(spec, topic) {
  const county = pick(['青山县', '临江县', '白沙县', '河口市', '城关区']);
  const lvl = pick(['市', '县', '区']);
  if (rnd() < 0.85) spec.title = `${rnd() < 0.5 ? county : ''}非公有制企业${topic}统计表`;
  if (rnd() < 0.6) spec.filler = ['填报单位：' + county + '委组织部（盖章）', '填报日期：2025年' + ri(1, 12) + '月' + ri(1, 28) + '日'];
  if (rnd() < 0.6) spec.unitLine = { text: pick(['单位：个、%', '单位：个、名、%', '计量单位：个', '单位：户、个、%、万元']), right: rnd() < 0.5 };
  if (rnd() < 0.6) spec.footnotes = pick([
    ['注：1.党组织覆盖率=建立党组织的企业数÷企业数×100%；2.联合建立指3家以上企业联合组建党组织。'],
    ['说明：数据截至2025年6月30日，统计范围为从业人员3人以上的非公有制企业。', '填报人：王芳　　审核人：李建国　　联系电话：0571-88886666'],
    ['注：“—”表示无此项数据。'],
    ['备注：2024年数据已按区划调整口径追溯。'],
  ]);
  spec.seq = rnd() < 0.5;
  spec.remark = rnd() < 0.35;
  spec.rdec = rnd() < 0.7 ? 1 : 2;
  spec.labelHead = pick(['单位', '地区', '县（市、区）', '项目', '乡镇（街道）']);
  spec.colNumbers = rnd() < 0.15;
  return spec;
}
const REMARKS = ['新设园区，2025年划入', '含联合党支部3个', '较上年增加12家', '数据经核实', '1家企业注销', '', '', ''];
function addRemarks(spec) { if (spec.remark) spec.rows.forEach((r) => { if (r.type === 'item' && rnd() < 0.4) r.remark = pick(REMARKS); }); }

function makeSpec(kind) {
  const spec = header({}, '');
  const ck = kind.cols;
  spec.cols = colset(ck, kind.opt || {});
  const totalLast = rnd() < 0.5;
  if (kind.rows === 'flat') spec.rows = rowsFlat(shuffle(COUNTIES).slice(0, ri(4, 9)), { totalLast });
  else if (kind.rows === 'hier') { spec.rows = rowsHier({ totalLast, indent: pick(['　　', '　', '　　　　']) }); spec.labelHead = '乡镇（街道）'; }
  else if (kind.rows === 'industry') { spec.rows = rowsIndustry({ totalLast, qz: true }); spec.labelHead = '行业'; }
  else if (kind.rows === 'size') { spec.rows = rowsSize({ totalLast }); spec.labelHead = '企业规模'; }
  spec.title = (spec.title || '').replace('统计表', '') + ({ coverage: '党组织覆盖情况统计表', secretary: '党组织书记来源情况统计表', stars: '党组织星级评定情况统计表', funds: '党建活动经费情况统计表', twoyear: '党建工作情况对比表', orgs2y: '党组织建设情况对比表', mixed: '党建工作基本情况表', nomember: '无党员企业情况统计表' }[ck]);
  if (!spec.title.includes('非公') && rnd() < 0.7) spec.title = '非公企业' + spec.title;
  if (rnd() < 0.15) spec.title = undefined;
  if (spec.seq && kind.rows === 'flat') spec.seq = true;
  if (kind.transposed) { spec.transposed = true; spec.seq = false; spec.remark = false; }
  if (kind.rawRates) spec.rawRates = true;
  // dash row: a unit with no data (e.g. newly created park)
  if (kind.dashRow) { const i = spec.rows.findIndex((r) => r.type === 'item'); spec.rows.splice(i + 1, 0, { label: pick(['临空经济区', '新设产业园']), type: 'dash', remark: '2025年新设，暂无数据' }); }
  addRemarks(spec);
  return spec;
}
function attachRaw(spec) {
  // store full-precision rates (display format rounds)
  for (const row of spec.rows) if (row.rec) { row.raw = {}; for (const c of spec.cols) { const f = F[c.key]; if ((f.k === 'rate' || f.k === 'growth') && c.key !== 'covD') { const x = f.v(row.rec); if (x !== null) row.raw[c.key] = x; } } }
}

// multi-sheet book: 汇总 + per-town sheets by industry
function multiBook() {
  const towns = shuffle([...STREETS.slice(0, 2), ...TOWNS]).slice(0, ri(3, 5));
  const colsK = pick(['coverage', 'secretary', 'mixed']);
  const cols = colset(colsK);
  const rdec = rnd() < 0.7 ? 1 : 2;
  const sheets = [];
  const townTotals = [];
  for (const t of towns) {
    const rows = shuffle(INDUSTRIES).slice(0, ri(3, 5)).map((l) => ({ label: l, rec: leaf(0.15), type: 'item' }));
    const tot = { label: '合计', rec: sum(rows.map((r) => r.rec)), type: 'total' };
    const totalLast = rnd() < 0.5;
    townTotals.push(tot.rec);
    sheets.push({ name: t, spec: { title: t + '非公企业党建工作情况', cols, rows: totalLast ? [...rows, tot] : [tot, ...rows], rdec, labelHead: '行业' } });
  }
  const items = towns.map((t, i) => ({ label: t, rec: townTotals[i], type: 'item', seq: i + 1 }));
  const tot = { label: '全县合计', rec: sum(townTotals), type: 'total' };
  const summary = { name: '汇总', spec: { title: '全县非公企业党建工作情况汇总表', filler: ['填报单位：白沙县委组织部', '填报日期：2025年7月5日'], cols, rows: [tot, ...items], rdec, seq: true, labelHead: '乡镇（街道）' } };
  return [summary, ...sheets];
}

// ---------- writing ----------
async function writeBook(file, sheets, plant) {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const b = s.built;
    const ws = wb.addWorksheet(s.name);
    for (let r = 1; r < b.g.length; r++) { if (!b.g[r]) continue; for (let c = 1; c < b.g[r].length; c++) { const v = b.g[r][c]; if (v === undefined) continue; const cell = ws.getCell(r, c); cell.value = v; const f = b.fmts[r + ',' + c]; if (f) cell.numFmt = f; if (typeof v === 'string' && r >= (b.first || 0)) cell.alignment = { horizontal: 'left' }; } }
    if (plant && plant.sheet === s.name) { const cell = ws.getCell(plant.r, plant.c); cell.value = plant.value; }
    for (const m of b.merges) ws.mergeCells(...m);
    b.widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  }
  await wb.xlsx.writeFile(file);
}
const colName = (c) => { let s = ''; while (c > 0) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s; };

// mutations
function digits(v, dec) { return dec > 0 ? v.toFixed(dec) : String(Math.round(v)); }
function mutate(v, dec, kind, nextVal) {
  const s = digits(Math.abs(v), dec); const neg = v < 0;
  const back = (t) => (neg ? -1 : 1) * Number(t);
  const pos = [...s].map((ch, i) => (/\d/.test(ch) ? i : -1)).filter((i) => i >= 0);
  if (kind === 'digit') {
    const cand = dec > 0 ? pos.filter((i) => i < s.indexOf('.') || s.length - i > 1 || pos.length < 3) : pos; // avoid last decimal of rates when possible
    const i = pick(cand.length ? cand : pos); let d; do d = String(ri(0, 9)); while (d === s[i] || (i === 0 && d === '0' && pos.length > 1));
    return back(s.slice(0, i) + d + s.slice(i + 1));
  }
  if (kind === 'swap') {
    const pairs = []; for (let i = 0; i + 1 < s.length; i++) if (/\d/.test(s[i]) && /\d/.test(s[i + 1]) && s[i] !== s[i + 1] && !(i === 0 && s[1] === '0')) pairs.push(i);
    if (pairs.length === 0) return null; const i = pick(pairs); return back(s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2));
  }
  if (kind === 'decimal') { if (dec === 0) return v >= 100 && rnd() < 0.5 ? v / 10 : v * 10; return round(rnd() < 0.5 ? v * 10 : v / 10, dec); }
  if (kind === 'copy') return typeof nextVal === 'number' && nextVal !== v ? nextVal : null;
}

const manifest = [];
const outDir = PROBE ? 'probe' : 'cases';
fs.mkdirSync(path.join(__dirname, outDir), { recursive: true });
let nfile = 0;

async function emit(name, sheetsSpec, plantSpec) {
  // sheetsSpec: [{name, spec}] ; build grids
  const sheets = sheetsSpec.map((s) => ({ name: s.name, spec: s.spec, built: buildSheet(s.spec) }));
  const rel = `${outDir}/${name}.xlsx`;
  await writeBook(path.join(__dirname, rel), sheets, null);
  manifest.push({ file: rel, planted: null });
  return sheets;
}
async function emitPlanted(name, sheets, opts = {}) {
  // choose a cell and mutation
  for (let attempt = 0; attempt < 200; attempt++) {
    const s = opts.sheet ? sheets.find((x) => x.name === opts.sheet) : pick(sheets);
    const b = s.built;
    const keys = Object.keys(b.meta);
    const key = pick(keys); const m = b.meta[key]; const [r, c] = key.split(',').map(Number);
    if (opts.cellKind && F[m.key].k !== opts.cellKind && !(opts.cellKind === 'rate' && ['growth', 'pp'].includes(F[m.key].k))) continue;
    if (opts.rowType && m.type !== opts.rowType) continue;
    const kind = opts.mut || pick(['digit', 'digit', 'swap', 'decimal', 'copy']);
    let nextVal;
    if (kind === 'copy') { const nm = b.transposed ? b.meta[r + ',' + (c + 1)] : b.meta[(r + 1) + ',' + c]; if (!nm) continue; nextVal = nm.shown; }
    const nv = mutate(m.shown, m.dec, kind, nextVal);
    if (nv === null || nv === undefined || nv === m.shown || Number.isNaN(nv)) continue;
    if (m.type === 'qz' && !detectableQz(s.spec, m, nv)) continue;
    if (m.type === 'dash') continue;
    const addr = colName(c) + r;
    const rel = `${outDir}/${name}.xlsx`;
    await writeBook(path.join(__dirname, rel), sheets, { sheet: s.name, r, c, value: nv });
    manifest.push({ file: rel, planted: { sheet: s.name, cell: addr }, note: `${kind}: ${m.key} (${m.type} row ${m.row.label.trim()}) ${m.shown} -> ${nv}` });
    return;
  }
  throw new Error('no plant ' + name);
}
const REL = [['built', 'single', 'joint'], ['built', 'ent', 'cov'], ['ent', 'mem', 'nomem'], ['nomem', 'ent', 'nomemP'], ['mem', 'ent', 'memP'], ['secT', 'sec_inv', 'sec_exec', 'sec_staff', 'sec_sent'],
  ['orgs', 's5', 's4', 's3', 's2', 's1', 's0'], ['fT', 'fFis', 'fEnt', 'fOth'], ['ent0', 'built0', 'cov0'], ['ent', 'ent0', 'entG'], ['cov', 'cov0', 'covD'], ['orgs', 'orgs0', 'orgsG'], ['built', 'built0', 'builtG'],
  ...['s5', 's4', 's3', 's2', 's1', 's0'].map((s) => ['orgs', s, s + 'p'])];
function detectableQz(spec, m, nv) {
  const shown = new Set(spec.cols.map((c) => c.key));
  if (REL.some((rel) => rel.includes(m.key) && rel.every((k) => shown.has(k)))) return true;
  const pv = valueOf(m.key, m.row.parent.rec, spec.rdec || 1, spec);
  return F[m.key].k !== 'rate' && typeof pv === 'number' && nv > pv;
}

// ---------- catalogue ----------
const KINDS = [
  { cols: 'coverage', rows: 'flat' }, { cols: 'coverage', rows: 'hier' }, { cols: 'coverage', rows: 'industry' }, { cols: 'coverage', rows: 'size' },
  { cols: 'secretary', rows: 'flat' }, { cols: 'secretary', rows: 'industry' }, { cols: 'secretary', rows: 'hier' },
  { cols: 'stars', rows: 'flat' }, { cols: 'stars', rows: 'size' }, { cols: 'stars', rows: 'flat', opt: { noShare: true } },
  { cols: 'funds', rows: 'flat' }, { cols: 'funds', rows: 'hier', opt: { other: true } }, { cols: 'funds', rows: 'industry', opt: { other: true } },
  { cols: 'twoyear', rows: 'flat' }, { cols: 'twoyear', rows: 'hier', rawRates: true }, { cols: 'twoyear', rows: 'industry' }, { cols: 'orgs2y', rows: 'flat' },
  { cols: 'mixed', rows: 'flat', transposed: true }, { cols: 'nomember', rows: 'size' }, { cols: 'coverage', rows: 'flat', dashRow: true }, { cols: 'nomember', rows: 'flat', rawRates: true },
  { cols: 'mixed', rows: 'hier' }, { cols: 'stars', rows: 'industry' }, { cols: 'twoyear', rows: 'size', transposed: true },
];

(async () => {
  const N = PROBE ? 100 : 45;
  let cleanTarget = PROBE ? 50 : 20;
  const bases = [];
  let idx = 0;
  const pre = PROBE ? 'p' : 'c';
  // clean bases
  const nb = PROBE ? 60 : 21;
  for (let i = 0; i < nb; i++) {
    let sheetsSpec;
    if (i % 12 === 11) sheetsSpec = multiBook();
    else {
      const kind = PROBE ? pick(KINDS) : KINDS[i % KINDS.length];
      const spec = makeSpec(kind);
      if (spec.rawRates) attachRaw(spec);
      sheetsSpec = [{ name: pick(['Sheet1', '表1', '覆盖情况', '2025年', '非公党建']), spec }];
    }
    const name = `${pre}${String(++idx).padStart(3, '0')}`;
    const sheets = sheetsSpec.map((s) => ({ name: s.name, spec: s.spec, built: buildSheet(s.spec) }));
    const isClean = i < cleanTarget;
    const rel = `${outDir}/${name}.xlsx`;
    if (isClean) { await writeBook(path.join(__dirname, rel), sheets, null); manifest.push({ file: rel, planted: null }); }
    bases.push({ name, sheets });
  }
  // planted twins
  const nPlant = N - cleanTarget;
  const muts = ['digit', 'swap', 'decimal', 'copy'];
  const cellKinds = ['count', 'count', 'rate', 'money', undefined];
  for (let j = 0; j < nPlant; j++) {
    const b = bases[j % bases.length];
    const name = `${b.name}_x${Math.floor(j / bases.length) + 1}`;
    const opts = { mut: muts[j % 4] };
    const ck = cellKinds[j % cellKinds.length];
    if (ck && b.sheets.some((s) => Object.values(s.built.meta).some((m) => F[m.key].k === ck || (ck === 'rate' && ['growth', 'pp'].includes(F[m.key].k))))) opts.cellKind = ck;
    if (j % 7 === 3 && b.sheets.some((s) => Object.values(s.built.meta).some((m) => m.type === 'total'))) opts.rowType = 'total';
    try { await emitPlanted(name, b.sheets, opts); } catch (e) { try { await emitPlanted(name, b.sheets, {}); } catch (e2) { console.error(e2.message); } }
  }
  fs.writeFileSync(path.join(__dirname, PROBE ? 'probe/manifest.json' : 'manifest.json'), JSON.stringify(manifest, null, 1));
  console.log('wrote', manifest.length, 'books;', manifest.filter((m) => !m.planted).length, 'clean');
})();
