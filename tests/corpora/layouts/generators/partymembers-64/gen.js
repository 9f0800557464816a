// Round 64b of issue 9, by an outside helper: writes clean and planted books to /tmp/round64b; the corpus keeps the
// clean ones (tests/corpora/layouts/partymembers-64, copied from its cases folder).
'use strict';
// Generator for round64b: 两新组织党员队伍统计 workbooks, clean and planted twins.
const ExcelJS = require('/work/main/node_modules/exceljs');
const fs = require('fs'), path = require('path');
const OUT = '/tmp/round64b';

function mulberry32(a) { return function () { a |= 0; a = a + 0x6D2B79F5 | 0; let t = Math.imul(a ^ a >>> 15, 1 | a); t = t + Math.imul(t ^ t >>> 7, 61 | t) ^ t; return ((t ^ t >>> 14) >>> 0) / 4294967296; }; }
let R = mulberry32(1);
const ri = (a, b) => a + Math.floor(R() * (b - a + 1));
const pick = (a) => a[Math.floor(R() * a.length)];
const chance = (p) => R() < p;
function shuffle(a) { a = a.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(R() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; }

// half away from zero, exact for integer num/den
function ratio(num, den, dec, mult = 100) {
  if (!den) return '—';
  const f = 10 ** dec; const q = num * mult * f / den; const s = q < 0 ? -1 : 1;
  return s * Math.round(Math.abs(q)) / f;
}
function split(T, n) {
  const w = Array.from({ length: n }, () => 0.2 + R()); const sw = w.reduce((a, b) => a + b, 0);
  const out = w.map((x) => Math.floor(T * x / sw)); let rem = T - out.reduce((a, b) => a + b, 0);
  while (rem-- > 0) out[ri(0, n - 1)]++;
  return out;
}
function splitW(T, w) { const sw = w.reduce((a, b) => a + b, 0); const out = w.map((x) => Math.floor(T * x / sw)); let rem = T - out.reduce((a, b) => a + b, 0); while (rem-- > 0) out[ri(0, w.length - 1)]++; return out; }

function genRec(lo, hi) {
  const T = ri(lo, hi);
  const [a30, a31, a36, a46, a61] = splitW(T, [0.6 + R(), 0.5 + R() * 0.5, 1 + R(), 1 + R(), 0.2 + R() * 0.4]);
  const [eG, eU, eC, eS] = splitW(T, [0.05 + R() * 0.1, 0.6 + R() * 0.5, 0.4 + R() * 0.4, 0.3 + R() * 0.5]);
  const F = Math.round(T * (0.25 + R() * 0.3));
  const M = chance(0.15) ? 0 : Math.round(T * R() * 0.08);
  const Mob = Math.round(T * (0.01 + R() * 0.09));
  const TP = Math.max(1, T - ri(-Math.floor(T * 0.05), Math.floor(T * 0.12)));
  const DevC = ri(0, Math.max(2, Math.floor(T * 0.06)));
  const DevP = chance(0.08) ? 0 : ri(1, Math.max(2, Math.floor(T * 0.06)));
  const ActC = ri(1, Math.max(3, Math.floor(T * 0.1)));
  const ActP = ri(1, Math.max(3, Math.floor(T * 0.1)));
  const ZB = ri(2, Math.max(3, Math.floor(T / 12)));
  const DW = ri(0, Math.max(0, Math.floor(T / 400)));
  const ZZ = ri(0, Math.max(1, Math.floor(T / 150)));
  const LH = ri(0, Math.floor(ZB * 0.6));
  const OrgTot = DW + ZZ + ZB;
  const SecTot = Math.max(0, OrgTot - ri(0, 2));
  const [SecInv, SecMgr, SecSent] = split(SecTot, 3);
  const FeeC = Math.round(T * ri(120, 700) / 100); // hundredths of 万元
  const FeeP = Math.max(1, Math.round(FeeC * (0.8 + R() * 0.35)));
  const AgeSum = Math.round(T * (36 + R() * 12));
  return { AgeSum, T, F, M, Y: a30 + a31, E: eG + eU + eC, Mob, TP, DevC, DevP, ActC, ActP, ZB, DW, ZZ, LH, OrgTot, SecTot, SecInv, SecMgr, SecSent, FeeC, FeeP, a30, a31, a36, a46, a61, eG, eU, eC, eS };
}
function sumRecs(recs) { const o = {}; for (const r of recs) for (const k in r) o[k] = (o[k] || 0) + r[k]; return o; }

// column catalog: kind count|share|rate|diff|money ; cls part|whole|band|plain
const C = {
  Ts: { k: 'colshare', g: (r, d, ctx) => ratio(r.T, ctx.total.T, d), flat: '占全县比重' },
  AvgAge: { k: 'avg', g: (r) => ratio(r.AgeSum, r.T, 1, 1), flat: '平均年龄（岁）' },
  FeePc: { k: 'avg', g: (r) => ratio(r.FeeC * 100, r.T, 2, 1), flat: '人均党费（元）' },
  T: { k: 'count', u: '人', cls: 'whole', g: (r) => r.T, flat: '党员总数' },
  F: { k: 'count', u: '人', cls: 'part', g: (r) => r.F, flat: '女党员' },
  Fs: { k: 'share', g: (r, d) => ratio(r.F, r.T, d), raw: (r) => r.F * 100 / r.T, num: 'F', flat: '女党员占比' },
  M: { k: 'count', u: '人', cls: 'part', g: (r) => r.M, flat: '少数民族党员' },
  Ms: { k: 'share', g: (r, d) => ratio(r.M, r.T, d), raw: (r) => r.M * 100 / r.T, num: 'M', flat: '少数民族党员占比' },
  Y: { k: 'count', u: '人', cls: 'part', g: (r) => r.Y, flat: '35岁及以下党员' },
  Ys: { k: 'share', g: (r, d) => ratio(r.Y, r.T, d), raw: (r) => r.Y * 100 / r.T, num: 'Y', flat: '35岁及以下占比' },
  E: { k: 'count', u: '人', cls: 'part', g: (r) => r.E, flat: '大专及以上学历党员' },
  Es: { k: 'share', g: (r, d) => ratio(r.E, r.T, d), raw: (r) => r.E * 100 / r.T, num: 'E', flat: '大专及以上学历占比' },
  Mob: { k: 'count', u: '人', cls: 'plain', g: (r) => r.Mob, flat: '流动党员数' },
  TP: { k: 'count', u: '人', cls: 'plain', g: (r) => r.TP, flat: '上年党员总数' },
  TD: { k: 'diff', u: '人', g: (r) => r.T - r.TP, flat: '党员总数比上年增减' },
  TR: { k: 'rate', g: (r, d) => ratio(r.T - r.TP, r.TP, d), flat: '党员总数增长' },
  DevC: { k: 'count', u: '人', cls: 'plain', g: (r) => r.DevC, flat: '本年发展党员数' },
  DevP: { k: 'count', u: '人', cls: 'plain', g: (r) => r.DevP, flat: '上年发展党员数' },
  DevD: { k: 'diff', u: '人', g: (r) => r.DevC - r.DevP, flat: '发展党员比上年增减' },
  DevR: { k: 'rate', g: (r, d) => ratio(r.DevC - r.DevP, r.DevP, d), flat: '发展党员增长' },
  ActC: { k: 'count', u: '人', cls: 'plain', g: (r) => r.ActC, flat: '入党积极分子数' },
  ActP: { k: 'count', u: '人', cls: 'plain', g: (r) => r.ActP, flat: '上年入党积极分子数' },
  ActD: { k: 'diff', u: '人', g: (r) => r.ActC - r.ActP, flat: '积极分子比上年增减' },
  ActR: { k: 'rate', g: (r, d) => ratio(r.ActC - r.ActP, r.ActP, d), flat: '积极分子增长' },
  OrgTot: { k: 'count', u: '个', cls: 'whole', g: (r) => r.OrgTot, flat: '党组织总数' },
  DW: { k: 'count', u: '个', cls: 'band', g: (r) => r.DW, flat: '党委' },
  ZZ: { k: 'count', u: '个', cls: 'band', g: (r) => r.ZZ, flat: '党总支' },
  ZB: { k: 'count', u: '个', cls: 'band', g: (r) => r.ZB, flat: '党支部' },
  LH: { k: 'count', u: '个', cls: 'part', g: (r) => r.LH, flat: '其中：联合党支部' },
  SecTot: { k: 'count', u: '人', cls: 'whole', g: (r) => r.SecTot, flat: '党组织书记合计' },
  SecInv: { k: 'count', u: '人', cls: 'band', g: (r) => r.SecInv, flat: '出资人担任' },
  SecMgr: { k: 'count', u: '人', cls: 'band', g: (r) => r.SecMgr, flat: '管理人员担任' },
  SecSent: { k: 'count', u: '人', cls: 'band', g: (r) => r.SecSent, flat: '上级选派' },
  a30: { k: 'count', u: '人', cls: 'band', g: (r) => r.a30, flat: '30岁及以下' },
  a31: { k: 'count', u: '人', cls: 'band', g: (r) => r.a31, flat: '31-35岁' },
  a36: { k: 'count', u: '人', cls: 'band', g: (r) => r.a36, flat: '36-45岁' },
  a46: { k: 'count', u: '人', cls: 'band', g: (r) => r.a46, flat: '46-60岁' },
  a61: { k: 'count', u: '人', cls: 'band', g: (r) => r.a61, flat: '61岁及以上' },
  eG: { k: 'count', u: '人', cls: 'band', g: (r) => r.eG, flat: '研究生' },
  eU: { k: 'count', u: '人', cls: 'band', g: (r) => r.eU, flat: '大学本科' },
  eC: { k: 'count', u: '人', cls: 'band', g: (r) => r.eC, flat: '大专' },
  eS: { k: 'count', u: '人', cls: 'band', g: (r) => r.eS, flat: '中专及以下' },
  FeeP: { k: 'money', cls: 'plain', g: (r) => r.FeeP / 100, flat: '上年党费收缴' },
  FeeC: { k: 'money', cls: 'plain', g: (r) => r.FeeC / 100, flat: '本年党费收缴' },
  FeeR: { k: 'rate', g: (r, d) => ratio(r.FeeC - r.FeeP, r.FeeP, d), flat: '党费增长' },
};

const TYPES = {
  ext: { title: '两新组织党员分布及党费情况表', groups: [
    { p: null, cols: [['T', '党员总数']] },
    { p: null, cols: [['Ts', '占全县比重']] },
    { p: null, cols: [['AvgAge', '平均年龄（岁）']] },
    { p: '党费收缴', cols: [['FeeC', '金额（万元）'], ['FeePc', '人均（元）']] },
    { p: null, cols: [['Mob', '流动党员数']] }] },
  age3: { title: '两新组织党员年龄结构情况表', groups: [
    { p: null, cols: [['T', '党员总数']] },
    { p: null, cols: [['AvgAge', '平均年龄（岁）']] },
    { p: '年龄结构', cols: [['a30', '30岁及以下'], ['a31', '31-35岁'], ['a36', '36-45岁'], ['a46', '46-60岁'], ['a61', '61岁及以上']] }] },
  age2: { title: '两新组织党员年龄结构情况表', groups: [
    { p: null, cols: [['T', '党员总数']] },
    { p: null, cols: [['AvgAge', '平均年龄（岁）']] },
    { p: '年龄结构', cols: [['a30', '30岁及以下'], ['a31', '31-35岁'], ['a36', '36-45岁'], ['a46', '46-60岁'], ['a61', '61岁及以上']] },
    { p: null, cols: [['Y', '其中：35岁及以下']] },
    { p: null, cols: [['Ys', '35岁及以下占比']] }] },
  basic: { title: '两新组织党员队伍基本情况统计表', groups: [
    { p: null, cols: [['T', '党员总数']] },
    { p: '其中：女党员', cols: [['F', '人数'], ['Fs', '占比']] },
    { p: '少数民族党员', cols: [['M', '人数'], ['Ms', '占比']] },
    { p: '35岁及以下', cols: [['Y', '人数'], ['Ys', '占比']] },
    { p: '大专及以上学历', cols: [['E', '人数'], ['Es', '占比']] },
    { p: null, cols: [['Mob', '流动党员数']] }] },
  dev: { title: '两新组织发展党员情况统计表', groups: [
    { p: '发展党员', cols: [['DevC', '本年'], ['DevP', '上年'], ['DevD', '比上年增减'], ['DevR', '增长']] },
    { p: '入党积极分子', cols: [['ActC', '本年'], ['ActP', '上年'], ['ActD', '比上年增减'], ['ActR', '增长']] }] },
  period: { title: '两新组织党员数量变化情况表', groups: [
    { p: '2024年', cols: [['TP', '党员总数'], ['DevP', '发展党员']] },
    { p: '2025年', cols: [['T', '党员总数'], ['DevC', '发展党员']] },
    { p: '党员总数比上年', cols: [['TD', '增减'], ['TR', '增长']] },
    { p: '发展党员比上年', cols: [['DevD', '增减'], ['DevR', '增长']] }] },
  org: { title: '两新组织党组织设置及书记来源情况表', groups: [
    { p: '党组织数', cols: [['OrgTot', '合计'], ['DW', '党委'], ['ZZ', '党总支'], ['ZB', '党支部'], ['LH', '其中：联合党支部']] },
    { p: '党组织书记', cols: [['SecTot', '合计'], ['SecInv', '出资人'], ['SecMgr', '管理人员'], ['SecSent', '上级选派']] }] },
  age: { title: '两新组织党员年龄及学历结构统计表', groups: [
    { p: null, cols: [['T', '党员总数']] },
    { p: '年龄结构', cols: [['a30', '30岁及以下'], ['a31', '31-35岁'], ['a36', '36-45岁'], ['a46', '46-60岁'], ['a61', '61岁及以上']] },
    { p: '学历结构', cols: [['eG', '研究生'], ['eU', '大学本科'], ['eC', '大专'], ['eS', '中专及以下']] }] },
  fee: { title: '两新组织党费收缴情况表', groups: [
    { p: null, cols: [['T', '党员总数']] },
    { p: '党费收缴（万元）', cols: [['FeeP', '上年'], ['FeeC', '本年']] },
    { p: null, cols: [['FeeR', '增长']] },
    { p: null, cols: [['Mob', '流动党员数']] }] },
  mix: { title: '两新组织党员发展及结构情况表', groups: [
    { p: null, cols: [['T', '党员总数']] },
    { p: '其中', cols: [['F', '女党员'], ['Y', '35岁及以下'], ['E', '大专及以上']] },
    { p: '占党员总数比例', cols: [['Fs', '女党员'], ['Ys', '35岁及以下'], ['Es', '大专及以上']] },
    { p: null, cols: [['DevC', '本年发展党员']] },
    { p: null, cols: [['ActC', '入党积极分子']] },
    { p: null, cols: [['Mob', '流动党员']] }] },
};

const COUNTIES = ['城关区', '东城区', '西湖区', '高新区', '经开区', '临江县', '安平县', '青山县', '白水县', '云溪县', '松阳市', '桃源县', '北川县', '南丰县'];
const STREETS = ['城关街道', '东关街道', '西关街道', '南湖街道', '北苑街道', '文昌街道'];
const TOWNS = ['青石镇', '柳河镇', '大庄镇', '石桥镇', '龙泉乡', '新华乡', '马坊镇', '双河镇', '花园乡'];
const IND_NP = ['制造业', '建筑业', '批发和零售业', '交通运输业', '信息传输和软件业', '住宿和餐饮业', '金融业', '其他行业'];
const IND_SO = ['社会团体', '民办非企业单位', '基金会', '律师事务所', '会计师事务所'];
const CN = ['一', '二', '三', '四', '五'];

function buildRows(cfg) {
  const rows = [];
  const ind = cfg.indent;
  const scale = cfg.domain === 'town' ? [30, 500] : cfg.domain === 'industry' ? [60, 1800] : [200, 3000];
  let leaves = [], groups = null;
  if (cfg.rowsMode === 'hier') {
    let defs;
    if (cfg.domain === 'town') defs = [['街道', shuffle(STREETS).slice(0, ri(2, 4))], ['乡镇', shuffle(TOWNS).slice(0, ri(3, 6))]];
    else if (cfg.domain === 'industry') defs = [['非公有制企业', shuffle(IND_NP).slice(0, ri(3, 6))], ['社会组织', shuffle(IND_SO).slice(0, ri(2, 4))]];
    else defs = [['市辖区', COUNTIES.slice(0, ri(2, 4))], ['县（市）', COUNTIES.slice(5, 5 + ri(3, 6))]];
    groups = defs.map(([g, names], gi) => {
      const ls = names.map((n) => ({ label: ind + n, rec: genRec(...scale), kind: 'leaf', name: n }));
      const glabel = cfg.subStyle === 'num' ? `${CN[gi]}、${g}` : cfg.subStyle === 'xj' ? `${g}小计` : g;
      return { sub: { label: glabel, rec: sumRecs(ls.map((l) => l.rec)), kind: 'sub' }, ls };
    });
    leaves = groups.flatMap((g) => g.ls);
  } else {
    const names = cfg.domain === 'town' ? shuffle(STREETS.concat(TOWNS)).slice(0, cfg.n) : cfg.domain === 'industry' ? shuffle(IND_NP.concat(IND_SO)).slice(0, cfg.n) : COUNTIES.slice(0, cfg.n);
    leaves = names.map((n) => ({ label: (cfg.flatIndent ? ind : '') + n, rec: genRec(...scale), kind: 'leaf', name: n }));
  }
  const total = { label: cfg.totalLabel, rec: sumRecs(leaves.map((l) => l.rec)), kind: 'total' };
  let qz = null;
  if (cfg.qz) {
    const sub = leaves.slice(0, Math.max(1, Math.floor(leaves.length / 2)));
    qz = { label: (cfg.domain === 'industry' ? '　其中：规模以上企业' : cfg.domain === 'town' ? '　其中：园区企业' : '　其中：市辖区'), rec: sumRecs(sub.map((l) => l.rec)), kind: 'qz' };
  }
  if (cfg.totalPos === 'first') { rows.push(total); if (qz) rows.push(qz); }
  if (groups) for (const g of groups) { if (cfg.subPos === 'after') { rows.push(...g.ls, g.sub); } else rows.push(g.sub, ...g.ls); }
  else rows.push(...leaves);
  if (cfg.dash) rows.splice(rows.length - (cfg.totalPos === 'last' ? 0 : 0) - ri(0, 1), 0, { label: (cfg.flatIndent || groups ? ind : '') + '新区（筹）', rec: null, kind: 'dash' });
  if (cfg.totalPos === 'last') { rows.push(total); if (qz) rows.push(qz); }
  return rows;
}

function colsOf(cfg) { return TYPES[cfg.type].groups.flatMap((g) => g.cols.map(([id, child]) => ({ id, child, parent: g.p }))); }
function unitSuffix(id, cfg) {
  const c = C[id];
  if (c.k === 'share' || c.k === 'rate' || c.k === 'colshare') return cfg.pct && c.k === 'share' ? '' : '（%）';
  if (c.k === 'avg') return '';
  if (c.k === 'money') return '（万元）';
  if (cfg.units === 'header') return `（${c.u}）`;
  return '';
}

// cell: {v, fmt, f}
function valueCell(id, rec, cfg, ctx) {
  const c = C[id];
  if (!rec) return { v: '—' };
  const d = cfg.dec;
  if (c.k === 'share') {
    if (!rec.T) return { v: '—' };
    if (cfg.pct) return { v: rec[c.num] / rec.T, fmt: d === 2 ? '0.00%' : '0.0%' };
    if (cfg.rawShares) return { v: c.raw(rec), fmt: d === 2 ? '0.00' : '0.0' };
    return { v: c.g(rec, d), fmt: d === 2 ? '0.00' : d === 0 ? '0' : '0.0' };
  }
  if (c.k === 'rate') { const v = c.g(rec, d); return v === '—' ? { v } : { v, fmt: d === 2 ? '0.00' : '0.0' }; }
  if (c.k === 'colshare') { const v = c.g(rec, d, ctx); return { v, fmt: d === 2 ? '0.00' : d === 0 ? '0' : '0.0' }; }
  if (c.k === 'avg') { const v = c.g(rec); return { v, fmt: id === 'FeePc' ? '0.00' : '0.0' }; }
  if (c.k === 'money') return { v: c.g(rec), fmt: '0.00' };
  if (cfg.textNums) return { v: String(c.g(rec)) };
  return { v: c.g(rec) };
}
const colL = (n) => { let s = ''; n++; while (n) { const m = (n - 1) % 26; s = String.fromCharCode(65 + m) + s; n = Math.floor((n - 1) / 26); } return s; };

// Build a sheet grid for a row table. Returns {name, grid, merges, cands}
function rowSheet(cfg) {
  const cols = colsOf(cfg);
  const rows = buildRows(cfg);
  const grid = [], merges = [], cands = [];
  const lead = (cfg.seq ? 1 : 0) + 1; const ncol = lead + cols.length + (cfg.note ? 1 : 0);
  const title = `2025年${cfg.place}${TYPES[cfg.type].title}`;
  grid.push([title]); merges.push([0, 0, 0, ncol - 1]);
  if (cfg.filler) { const r = Array(ncol).fill(null); r[0] = `填报单位：${cfg.place}委组织部（盖章）`; r[ncol - 1] = cfg.units === 'row' ? '单位：人、个、%' : '填报日期：2026年1月15日'; grid.push(r); }
  else if (cfg.units === 'row') { const r = Array(ncol).fill(null); r[ncol - 1] = '单位：人、个、%'; grid.push(r); }
  const h0 = grid.length;
  const twoRow = cfg.header === 'merged';
  const labelHead = cfg.domain === 'industry' ? '行业类别' : cfg.domain === 'town' ? '乡镇（街道）' : '县（市、区）';
  const hr1 = Array(ncol).fill(null), hr2 = Array(ncol).fill(null);
  let c0 = 0;
  if (cfg.seq) { hr1[0] = '序号'; if (twoRow) merges.push([h0, 0, h0 + 1, 0]); c0 = 1; }
  hr1[c0] = labelHead; if (twoRow) merges.push([h0, c0, h0 + 1, c0]);
  let ci = lead;
  for (const g of TYPES[cfg.type].groups) {
    const start = ci;
    for (const [id, child] of g.cols) {
      const suf = unitSuffix(id, cfg);
      if (twoRow && g.p) { hr2[ci] = child + ((g.p.includes('万元') && C[id].k === 'money') || g.p === '占党员总数比例' ? '' : suf); }
      else if (twoRow) { hr1[ci] = child + suf; merges.push([h0, ci, h0 + 1, ci]); }
      else hr1[ci] = C[id].flat + suf;
      ci++;
    }
    if (twoRow && g.p) { hr1[start] = g.p + (g.p === '占党员总数比例' ? (cfg.pct ? '' : '（%）') : ''); if (ci - start > 1) merges.push([h0, start, h0, ci - 1]); }
  }
  if (cfg.note) { hr1[ncol - 1] = '备注'; if (twoRow) merges.push([h0, ncol - 1, h0 + 1, ncol - 1]); }
  grid.push(hr1); if (twoRow) grid.push(hr2);
  if (cfg.colNums) { const r = Array(ncol).fill(null); r[c0] = '甲'; for (let j = lead; j < lead + cols.length; j++) r[j] = j - lead + 1; grid.push(r); }
  const d0 = grid.length;
  let seqn = 0, subn = 0;
  const ctx = { total: rows.find((x) => x.kind === 'total').rec };
  const notes = ['新建联合党支部2个', '含托管党员', '数据截至12月31日', '年内撤并1个支部', '含行业协会党组织'];
  rows.forEach((row, i) => {
    const r = Array(ncol).fill(null);
    if (cfg.seq) { if (row.kind === 'leaf' || row.kind === 'dash') r[0] = ++seqn; else if (row.kind === 'sub') { r[0] = CN[subn++]; } }
    r[c0] = row.label;
    cols.forEach((col, j) => {
      const cell = valueCell(col.id, row.rec, cfg, ctx);
      r[lead + j] = cell;
      if (row.rec) cands.push({ r: grid.length, c: lead + j, rowKind: row.kind, col: col.id, k: C[col.id].k, cls: C[col.id].cls, ri: i, v: cell.v });
    });
    if (cfg.note && row.kind === 'leaf' && chance(0.3)) r[ncol - 1] = pick(notes);
    if (cfg.note && row.kind === 'dash') r[ncol - 1] = '2025年新设，暂无数据';
    grid.push(r);
  });
  const d1 = grid.length - 1;
  // formulas on total row (flat, contiguous leaves)
  if (cfg.formulas) {
    const leafRows = []; for (let i = d0; i <= d1; i++) { const lab = grid[i][c0]; const rr = rows[i - d0]; if (rr.kind === 'leaf' || rr.kind === 'dash') leafRows.push(i); }
    const lo = Math.min(...leafRows) + 1, hi = Math.max(...leafRows) + 1;
    rows.forEach((row, i) => {
      const gr = d0 + i;
      cols.forEach((col, j) => {
        const cell = grid[gr][lead + j]; const L = colL(lead + j);
        if (row.kind === 'total' && (C[col.id].k === 'count' || C[col.id].k === 'money')) { cell.f = `SUM(${L}${lo}:${L}${hi})`; }
        if (row.rec && C[col.id].k === 'share' && !cfg.pct && !cfg.rawShares && cell.v !== '—') { const numCol = cols.findIndex((x) => x.id === C[col.id].num); const tCol = cols.findIndex((x) => x.id === 'T'); if (numCol >= 0 && tCol >= 0) cell.f = `ROUND(${colL(lead + numCol)}${gr + 1}/${colL(lead + tCol)}${gr + 1}*100,${cfg.dec})`; }
      });
    });
    for (const cd of cands) cd.formula = !!grid[cd.r][cd.c].f;
  }
  if (cfg.footer) {
    grid.push([]);
    grid.push(['注：1.占比=该类党员人数÷党员总数×100%，增长=（本年-上年）÷上年×100%。']);
    grid.push(['　　2.“—”表示无数据或上年为0，新区（筹）2025年新设。']);
    grid.push([`填表人：王某某　　审核人：李某某　　联系电话：0571-8609${ri(1000, 9999)}`]);
  }
  if (cfg.phoneNum) { grid.push([]); const r = Array(ncol).fill(null); r[0] = '联系电话'; r[1] = 13800000000 + ri(1000000, 9999999); r[3] = '填报日期'; r[4] = 20260115; grid.push(r); }
  return { name: cfg.sheetName, grid, merges, cands, rows, d0, cols, lead };
}

function transSheet(cfg) {
  const cols = colsOf(cfg);
  const rows = buildRows(cfg).filter((r) => r.kind !== 'dash');
  const grid = [], merges = [], cands = [];
  const ncol = 2 + rows.length;
  grid.push([`2025年${cfg.place}${TYPES[cfg.type].title}`]); merges.push([0, 0, 0, ncol - 1]);
  if (cfg.filler) { const r = Array(ncol).fill(null); r[0] = `填报单位：${cfg.place}委组织部`; r[ncol - 1] = '2026年1月'; grid.push(r); }
  grid.push(['指标名称', '计量单位', ...rows.map((r) => r.label.trim().replace(/^　+/, ''))]);
  const ctx = { total: rows.find((x) => x.kind === 'total').rec };
  for (const col of cols) {
    const c = C[col.id];
    const unit = c.k === 'avg' ? (col.id === 'AvgAge' ? '岁' : '元') : c.k === 'share' || c.k === 'rate' || c.k === 'colshare' ? '%' : c.k === 'money' ? '万元' : c.u;
    let lab = c.flat;
    if (c.cls === 'part' && col.id !== 'LH') lab = '　其中：' + c.flat;
    if (c.k === 'share') lab = '　　' + c.flat;
    if (c.cls === 'band') lab = '　　' + c.flat;
    const r = [lab, unit];
    rows.forEach((row, i) => { const cell = valueCell(col.id, row.rec, cfg, ctx); r.push(cell); cands.push({ r: grid.length, c: 2 + i, rowKind: row.kind, col: col.id, k: c.k, cls: c.cls, ri: i, v: cell.v, trans: true }); });
    grid.push(r);
  }
  if (cfg.footer) { grid.push([]); grid.push(['注：占比为占本单位党员总数的比例。']); }
  return { name: cfg.sheetName, grid, merges, cands, rows, trans: true };
}

// quarterly ledger workbook: town sheets + 汇总
function quarterSheets(cfg) {
  const towns = shuffle(STREETS.concat(TOWNS)).slice(0, cfg.n);
  const cols = [['发展党员', '人'], ['新确定入党积极分子', '人'], ['转入党员', '人'], ['转出党员', '人'], ['党费收缴', '万元']];
  const sheets = [];
  const annual = [];
  const qLabels = cfg.qLabels || ['第一季度', '第二季度', '第三季度', '第四季度'];
  for (const t of towns) {
    const grid = [], merges = [], cands = [];
    grid.push([`${t}两新组织党员发展季度台账（2025年）`]); merges.push([0, 0, 0, cols.length]);
    grid.push(['季度', ...cols.map(([h, u]) => `${h}（${u}）`)]);
    const q = qLabels.map(() => [ri(0, 9), ri(1, 25), ri(0, 8), ri(0, 6), ri(20, 900)]);
    const tot = cols.map((_, j) => q.reduce((a, r) => a + r[j], 0));
    const emit = (lab, vals, kind, qi) => { const r = [lab]; vals.forEach((v, j) => { const cell = j === 4 ? { v: v / 100, fmt: '0.00' } : { v }; r.push(cell); cands.push({ r: grid.length, c: 1 + j, rowKind: kind, col: 'q' + j, k: j === 4 ? 'money' : 'count', cls: 'plain', ri: qi, v: cell.v }); }); grid.push(r); };
    if (cfg.totalPos === 'first') emit('全年合计', tot, 'total', -1);
    q.forEach((vals, qi) => emit(qLabels[qi], vals, 'leaf', qi));
    if (cfg.totalPos !== 'first') emit('全年合计', tot, 'total', 4);
    grid.push([]); grid.push(['台账管理员：' + pick(['张', '刘', '陈', '杨']) + '某', null, '更新日期：2026-01-05']);
    sheets.push({ name: t, grid, merges, cands });
    annual.push(tot);
  }
  const grid = [], merges = [], cands = [];
  grid.push([`${cfg.place}两新组织党员发展情况汇总表（2025年）`]); merges.push([0, 0, 0, cols.length]);
  grid.push(['乡镇（街道）', ...cols.map(([h, u]) => `${h}（${u}）`)]);
  const tot = cols.map((_, j) => annual.reduce((a, r) => a + r[j], 0));
  const emit = (lab, vals, kind, i) => { const r = [lab]; vals.forEach((v, j) => { const cell = j === 4 ? { v: v / 100, fmt: '0.00' } : { v }; r.push(cell); cands.push({ r: grid.length, c: 1 + j, rowKind: kind, col: 'q' + j, k: j === 4 ? 'money' : 'count', cls: 'plain', ri: i, v: cell.v }); }); grid.push(r); };
  if (cfg.totalPos === 'first') emit('合计', tot, 'total', -1);
  towns.forEach((t, i) => emit(t, annual[i], 'leaf', i));
  if (cfg.totalPos !== 'first') emit('合计', tot, 'total', towns.length);
  const sum = { name: '汇总', grid, merges, cands };
  return cfg.summaryFirst ? [sum, ...sheets] : [...sheets, sum];
}

function makeBook(cfg) {
  R = mulberry32(cfg.seed);
  const base = Object.assign({ indent: '　　', totalLabel: '合计', totalPos: 'first', units: 'header', header: 'merged', dec: 1, n: 7, domain: 'county', rowsMode: 'flat', subStyle: 'plain', subPos: 'before', sheetName: 'Sheet1', place: '某市' }, cfg);
  if (base.kind === 'quarter') return quarterSheets(base);
  const sheets = [];
  const main = base.transpose ? transSheet(base) : rowSheet(base);
  sheets.push(main);
  if (base.second) { const s2 = Object.assign({}, base, base.second, { seed: cfg.seed + 1000 }); R = mulberry32(s2.seed); const sh = s2.transpose ? transSheet(s2) : rowSheet(s2); sheets.push(sh); }
  return sheets;
}

// ---- mutations
function fmtNum(v, dec) { return dec > 0 ? v.toFixed(dec) : String(v); }
function decOf(cand, cfg) { if (cand.k === 'share' || cand.k === 'rate') return cfg.dec ?? 1; if (cand.k === 'money') return 2; return 0; }
function mutate(cand, type, sheet, cfg) {
  const v = cand.v; if (typeof v !== 'number') return null;
  const dec = decOf(cand, cfg);
  const s = fmtNum(Math.abs(v), dec), neg = v < 0;
  const digitsIdx = [...s].map((ch, i) => (/\d/.test(ch) ? i : -1)).filter((i) => i >= 0);
  let nv = null;
  if (type === 'digit') {
    for (let tries = 0; tries < 20; tries++) {
      const di = pick(digitsIdx.slice(0, Math.max(1, digitsIdx.length - (dec > 0 ? 1 : 0))));
      let nd = ri(0, 9); if (nd === +s[di]) continue; if (di === 0 && nd === 0 && s.length > 1 && s[1] !== '.') continue;
      const ns = s.slice(0, di) + nd + s.slice(di + 1); nv = (neg ? -1 : 1) * Number(ns); if (nv !== v) break; nv = null;
    }
  } else if (type === 'swap') {
    const pairs = []; for (let i = 0; i + 1 < s.length; i++) { let j = i + 1; if (s[j] === '.') j++; if (j < s.length && /\d/.test(s[i]) && /\d/.test(s[j]) && s[i] !== s[j] && !(i === 0 && s[j] === '0')) pairs.push([i, j]); }
    if (!pairs.length) return null; const [i, j] = pick(pairs); const a = [...s]; [a[i], a[j]] = [a[j], a[i]]; nv = (neg ? -1 : 1) * Number(a.join(''));
  } else if (type === 'decimal') {
    nv = dec > 0 ? (chance(0.5) ? v * 10 : v / 10) : v / 10; nv = Number(nv.toFixed(dec + 1));
    if (dec === 0 && Number.isInteger(nv)) nv = v * 10;
  } else if (type === 'copyNext') {
    const nxt = sheet.cands.find((c) => c.c === cand.c && c.r > cand.r && typeof c.v === 'number' && !sheet.trans) || sheet.cands.find((c) => sheet.trans && c.r === cand.r && c.c === cand.c + 1 && typeof c.v === 'number');
    if (!nxt) return null; nv = nxt.v;
  }
  if (nv == null || nv === v) return null;
  if (cand.k === 'count' && nv < 0) return null;
  if ((cand.k === 'share' || cand.k === 'rate') && Math.abs(nv - v) < 0.45) return null; // keep away from rounding noise
  return nv;
}

async function writeBook(sheets, file) {
  const wb = new ExcelJS.Workbook();
  for (const sh of sheets) {
    const ws = wb.addWorksheet(sh.name);
    sh.grid.forEach((row, r) => (row || []).forEach((cell, c) => {
      if (cell == null) return;
      const xc = ws.getCell(r + 1, c + 1);
      if (typeof cell === 'object') {
        if (cell.f) xc.value = { formula: cell.f, result: cell.v }; else xc.value = cell.v;
        if (cell.fmt) xc.numFmt = cell.fmt;
      } else xc.value = cell;
    }));
    for (const [r1, c1, r2, c2] of sh.merges) ws.mergeCells(r1 + 1, c1 + 1, r2 + 1, c2 + 1);
    ws.getColumn(1).width = 22;
  }
  await wb.xlsx.writeFile(file);
}

const MUTS = ['digit', 'swap', 'decimal', 'copyNext'];
function selectCand(sheets, target, cfg) {
  // target: {sheet?: idx, row: 'leaf'|'total'|'sub'|'qz', k: 'count'|'share'|..., cls?}
  const si = target.sheet != null ? target.sheet : 0;
  const sh = sheets[si];
  let cs = sh.cands.filter((c) => typeof c.v === 'number' && (!target.row || c.rowKind === target.row) && (!target.k || c.k === target.k) && (!target.cls || c.cls === target.cls) && (!target.col || c.col === target.col) && (target.val == null || c.v === target.val) && c.k !== 'avg' && (!cfg.formulas || c.formula));
  return { sh, cs };
}
function plant(sheets, cfg, target, mut, seed) {
  R = mulberry32(seed * 7 + 13);
  const { sh, cs } = selectCand(sheets, target, cfg);
  for (const cand of shuffle(cs)) {
    for (const m of (mut ? [mut] : shuffle(MUTS))) {
      const nv = mutate(cand, m, sh, cfg);
      if (nv == null) continue;
      const cell = sh.grid[cand.r][cand.c];
      const old = cell.v; cell.v = nv; delete cell.f;
      return { sheet: sh.name, cell: colL(cand.c) + (cand.r + 1), note: `${m}: ${cand.rowKind} ${cand.col} (${cand.k}/${cand.cls || ''}) ${old} -> ${nv}${cfg.formulas ? ' (formula overwritten)' : ''}` };
    }
  }
  return null;
}

// ---------------- cases
const CLEAN = [
  { seed: 101, type: 'basic', totalPos: 'first', filler: true, footer: true, place: '临江市' },
  { seed: 102, type: 'basic', totalPos: 'last', header: 'flat', units: 'row', seq: true, place: '安平县' },
  { seed: 103, type: 'basic', domain: 'town', rowsMode: 'hier', subStyle: 'num', place: '青山县', note: true, totalLabel: '全县合计' },
  { seed: 104, type: 'dev', domain: 'industry', rowsMode: 'hier', totalLabel: '总计', place: '松阳市', footer: true },
  { seed: 105, type: 'dev', totalPos: 'last', seq: true, note: true, place: '白水县', domain: 'town', n: 9 },
  { seed: 106, type: 'period', totalPos: 'first', place: '云溪县', domain: 'town', n: 8, filler: true },
  { seed: 107, type: 'org', domain: 'industry', rowsMode: 'hier', subStyle: 'xj', subPos: 'after', totalPos: 'last', place: '桃源县' },
  { seed: 108, type: 'org', totalPos: 'first', units: 'row', header: 'merged', seq: true, place: '北川县', dash: true, note: true, footer: true },
  { seed: 109, type: 'age', totalPos: 'first', place: '南丰县', domain: 'town', rowsMode: 'hier' },
  { seed: 110, type: 'age', totalPos: 'last', header: 'flat', place: '某市', n: 10, colNums: true },
  { seed: 111, type: 'fee', totalPos: 'first', place: '临江市', footer: true, domain: 'industry', n: 8 },
  { seed: 112, type: 'mix', totalPos: 'first', place: '安平县', qz: true, sheetName: '表1' },
  { seed: 113, type: 'basic', transpose: true, place: '青山县', n: 6, sheetName: '基本情况', footer: true },
  { seed: 114, type: 'dev', transpose: true, place: '白水县', n: 5, filler: true },
  { seed: 115, kind: 'quarter', n: 4, place: '青石县', totalPos: 'last' },
  { seed: 116, kind: 'quarter', n: 5, place: '柳河县', totalPos: 'first', summaryFirst: true },
  { seed: 117, type: 'basic', formulas: true, place: '云溪县', n: 8, totalPos: 'last', seq: true },
  { seed: 118, type: 'basic', rawShares: true, place: '桃源县', dec: 2, domain: 'industry', rowsMode: 'hier', subStyle: 'num' },
  { seed: 119, type: 'basic', pct: true, place: '松阳市', n: 7, note: true, header: 'flat' },
  { seed: 120, type: 'age', second: { type: 'org', sheetName: '组织设置' }, sheetName: '结构', place: '北川县', domain: 'town', n: 8, dash: true, footer: true },
  { seed: 122, type: 'ext', place: '临江县', n: 9, totalPos: 'first', footer: true },
  { seed: 123, type: 'age2', place: '安平县', domain: 'town', rowsMode: 'hier', totalPos: 'last', dec: 0 },
  { seed: 124, type: 'basic', place: '青山县', n: 8, textNums: true, header: 'flat', note: true },
  { seed: 125, type: 'ext', transpose: true, place: '白水县', n: 6 },
  { seed: 126, type: 'age3', place: '桃源县', n: 9, totalPos: 'first', filler: true },
  { seed: 121, type: 'mix', domain: 'town', rowsMode: 'hier', totalPos: 'last', subStyle: 'xj', subPos: 'after', place: '南丰县', units: 'row', phoneNum: true },
];
const PLANTS = [
  [0, { row: 'leaf', k: 'count', cls: 'part' }, 'digit'],
  [0, { row: 'total', k: 'count', col: 'T' }, 'swap'],
  [1, { row: 'leaf', k: 'share' }, 'decimal'],
  [2, { row: 'sub', k: 'count' }, 'digit'],
  [2, { row: 'leaf', k: 'share' }, 'swap'],
  [3, { row: 'leaf', k: 'rate' }, 'swap'],
  [3, { row: 'leaf', k: 'diff' }, 'digit'],
  [4, { row: 'leaf', k: 'count', col: 'DevC' }, 'copyNext'],
  [5, { row: 'leaf', k: 'rate' }, 'decimal'],
  [5, { row: 'total', k: 'count', col: 'T' }, 'digit'],
  [6, { row: 'leaf', k: 'count', col: 'LH' }, 'swap'],
  [7, { row: 'leaf', k: 'count', cls: 'band' }, 'copyNext'],
  [8, { row: 'leaf', k: 'count', cls: 'band' }, 'digit'],
  [9, { row: 'leaf', k: 'count', col: 'T' }, 'swap'],
  [10, { row: 'leaf', k: 'money' }, 'decimal'],
  [11, { row: 'qz', k: 'count' }, 'swap'],
  [12, { row: 'leaf', k: 'share' }, 'digit'],
  [13, { row: 'total', k: 'count' }, 'digit'],
  [14, { sheet: 1, row: 'leaf', k: 'count' }, 'digit'],
  [15, { sheet: 0, row: 'leaf', k: 'count' }, 'swap'],
  [16, { row: 'total', k: 'count' }, 'digit'],
  [17, { row: 'leaf', k: 'share' }, 'decimal'],
  [18, { row: 'leaf', k: 'count', cls: 'part' }, 'copyNext'],
  [19, { sheet: 1, row: 'leaf', k: 'count', col: 'SecInv' }, 'digit'],
  [25, { row: 'leaf', k: 'share' }, 'swap'],
  [14, { sheet: 0, row: 'leaf', k: 'money' }, 'decimal'],
  [15, { sheet: 2, row: 'total', k: 'money' }, 'swap'],
  [4, { row: 'leaf', k: 'diff' }, 'digit'],
  [20, { row: 'leaf', k: 'count', col: 'T' }, 'digit'],
  [21, { row: 'leaf', k: 'count', cls: 'band' }, 'swap'],
  [22, { row: 'leaf', k: 'share' }, 'decimal'],
  [23, { row: 'leaf', k: 'money' }, 'digit'],
  [20, { row: 'leaf', k: 'colshare' }, 'swap'],
  [0, { row: 'total', col: 'Mob' }, 'copyNext'],
  [1, { row: 'total', col: 'F' }, 'copyNext'],
  [4, { row: 'leaf', k: 'rate', val: -100 }, 'decimal'],
  [24, { row: 'leaf', cls: 'band' }, 'digit'],
  [24, { row: 'leaf', cls: 'band' }, 'copyNext'],
];

function randomCfg(seed) {
  R = mulberry32(seed * 31 + 7);
  if (chance(0.1)) return { seed, kind: 'quarter', n: ri(3, 6), place: pick(COUNTIES), totalPos: pick(['first', 'last']), summaryFirst: chance(0.5), qLabels: chance(0.5) ? ['一季度', '二季度', '三季度', '四季度'] : undefined };
  const type = pick(Object.keys(TYPES).concat(['ext', 'age2']));
  const cfg = { seed, type, domain: pick(['county', 'town', 'industry']), rowsMode: chance(0.35) ? 'hier' : 'flat', totalPos: pick(['first', 'last']), header: chance(0.7) ? 'merged' : 'flat', units: chance(0.7) ? 'header' : 'row', seq: chance(0.35), note: chance(0.3), footer: chance(0.5), filler: chance(0.5), n: ri(4, 12), dec: chance(0.8) ? 1 : 2, totalLabel: pick(['合计', '总计', '全市合计', '合　计', '全县']), subStyle: pick(['plain', 'num', 'xj']), subPos: chance(0.75) ? 'before' : 'after', indent: pick(['　　', '　', '    ']), place: pick(COUNTIES), sheetName: pick(['Sheet1', '表1', '两新党员', '2025年报']) };
  if (chance(0.12)) cfg.transpose = true, cfg.rowsMode = 'flat';
  if (!cfg.transpose && cfg.rowsMode === 'flat') { cfg.qz = chance(0.2); cfg.dash = chance(0.2); cfg.formulas = chance(0.15); cfg.flatIndent = chance(0.2); }
  if (['basic', 'mix'].includes(type)) { cfg.rawShares = chance(0.15); cfg.pct = !cfg.rawShares && chance(0.12); }
  if (cfg.formulas) cfg.pct = cfg.rawShares = false;
  if (chance(0.15)) cfg.second = { type: pick(Object.keys(TYPES)), sheetName: '续表' };
  cfg.colNums = !cfg.transpose && chance(0.1);
  if (!cfg.formulas && chance(0.1)) cfg.textNums = true;
  if (chance(0.1)) cfg.dec = 0;
  cfg.phoneNum = !cfg.transpose && chance(0.08);
  return cfg;
}
const TARGETS = [
  { row: 'leaf', k: 'count', cls: 'part' }, { row: 'total', k: 'count' }, { row: 'leaf', k: 'share' }, { row: 'leaf', k: 'rate' },
  { row: 'leaf', k: 'count', cls: 'band' }, { row: 'leaf', k: 'count', cls: 'whole' }, { row: 'sub', k: 'count' }, { row: 'leaf', k: 'money' },
  { row: 'leaf', k: 'diff' }, { row: 'total', k: 'share' }, { row: 'qz', k: 'count' }, { row: 'leaf', k: 'count' },
];

(async () => {
  fs.mkdirSync(path.join(OUT, 'cases'), { recursive: true }); fs.mkdirSync(path.join(OUT, 'probe'), { recursive: true });
  const man = [];
  for (let i = 0; i < CLEAN.length; i++) {
    const f = `cases/c${String(i).padStart(2, '0')}.xlsx`;
    await writeBook(makeBook(CLEAN[i]), path.join(OUT, f)); man.push({ file: f, planted: null, cfg: CLEAN[i] });
  }
  let pi = 0;
  for (const [ci, target, mut] of PLANTS) {
    const sheets = makeBook(CLEAN[ci]);
    const p = plant(sheets, CLEAN[ci], target, mut, 500 + pi) || plant(sheets, CLEAN[ci], target, null, 500 + pi);
    if (!p) { console.error('no plant', ci, target); continue; }
    const f = `cases/p${String(pi).padStart(2, '0')}_c${String(ci).padStart(2, '0')}.xlsx`;
    await writeBook(sheets, path.join(OUT, f)); man.push({ file: f, planted: { sheet: p.sheet, cell: p.cell }, note: p.note, twin: `cases/c${String(ci).padStart(2, '0')}.xlsx` }); pi++;
  }
  fs.writeFileSync(path.join(OUT, 'manifest.json'), JSON.stringify(man, null, 1));
  const pm = [];
  let n = 0;
  for (let s = 1; n < 100; s++) {
    const cfg = randomCfg(s);
    const sheets = makeBook(cfg);
    const fc = `probe/p${String(n).padStart(3, '0')}.xlsx`;
    await writeBook(sheets, path.join(OUT, fc)); pm.push({ file: fc, planted: null, cfg }); n++;
    R = mulberry32(s * 101);
    const tg = cfg.kind === 'quarter' ? { sheet: ri(0, sheets.length - 1), row: pick(['leaf', 'total']) } : pick(TARGETS);
    const sh2 = makeBook(cfg);
    let p = plant(sh2, cfg, tg, null, s);
    if (!p) p = plant(sh2, cfg, { row: 'leaf' }, null, s);
    if (!p) continue;
    const fp = `probe/p${String(n).padStart(3, '0')}.xlsx`;
    await writeBook(sh2, path.join(OUT, fp)); pm.push({ file: fp, planted: { sheet: p.sheet, cell: p.cell }, note: p.note, twin: fc }); n++;
  }
  fs.writeFileSync(path.join(OUT, 'probe/manifest.json'), JSON.stringify(pm, null, 1));
  console.log('cases', man.length, 'probe', pm.length);
})();
