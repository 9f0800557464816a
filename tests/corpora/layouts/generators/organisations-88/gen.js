'use strict';
// Round 88A generator: 两新组织（非公有制企业、社会组织）党组织和党员情况统计 workbooks.
// NODE_PATH=/work/main/node_modules node gen.js
const ExcelJS = require('exceljs');
const fs = require('fs');
const path = require('path');
const { evalRel, refsOf } = require('./rel');

const ROOT = __dirname;

// ---------------------------------------------------------------- random
function mulberry32(a) {
  return () => {
    a |= 0; a = (a + 0x6D2B79F5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
let R = mulberry32(1);
const seed = (s) => { R = mulberry32(s); };
const ri = (a, b) => a + Math.floor(R() * (b - a + 1));
const pick = (a) => a[Math.floor(R() * a.length)];
const chance = (p) => R() < p;
function shuffle(a) { a = a.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(R() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; }

// ---------------------------------------------------------------- arithmetic
// num/den*100 rounded half away from zero to d decimals (num integer, den positive integer)
function rnd(num, den, d) {
  const s = 10 ** d, sg = num < 0 ? -1 : 1, a = Math.abs(num);
  const q = Math.floor((2 * a * 100 * s + den) / (2 * den));
  return (sg * q) / s;
}
const roundD = (x, d) => { const s = 10 ** d; return Math.round(x * s) / s; };

// ---------------------------------------------------------------- data model
const FIELDS = ['E', 'S', 'Os', 'Oj', 'C', 'CS', 'P', 'F', 'Y', 'D', 'N', 'G', 'T1', 'T2', 'T3'];
const ALLF = ['E', 'S', 'O', 'Os', 'Oj', 'C', 'CR', 'CS', 'CSR', 'P', 'F', 'Y', 'D', 'N', 'G', 'T1', 'T2', 'T3'];

function fixBlock(r) {
  r.E = Math.max(1, r.E);
  r.S = Math.min(Math.max(r.S, 1), r.E);
  if (r.Os > r.E) r.Os = r.E;
  if (r.Os + r.Oj > r.E) r.Oj = r.E - r.Os;
  r.C = Math.min(r.E, Math.max(r.C, r.Os + r.Oj));
  r.CS = Math.min(r.CS, r.S, r.C);
  r.F = Math.min(r.F, r.P); r.Y = Math.min(r.Y, r.P); r.D = Math.min(r.D, r.P);
  r.N = Math.max(0, Math.min(r.N, r.E - r.C));
  r.T1 = Math.min(r.T1, r.E); r.T3 = Math.min(r.T3, r.E - r.T1); r.T2 = r.E - r.T1 - r.T3;
  return r;
}
function genBlock(E, soc) {
  const r = { E };
  r.S = Math.round(E * (soc ? 0.1 + R() * 0.3 : 0.04 + R() * 0.2));
  r.Os = Math.round(E * (soc ? 0.05 + R() * 0.2 : 0.05 + R() * 0.15));
  r.Oj = Math.round(E * (0.01 + R() * 0.05));
  r.C = r.Os + r.Oj * ri(2, 6) + ri(0, 2);
  r.CS = Math.round(Math.min(r.C, r.S) * (0.4 + R() * 0.6));
  r.P = r.Os * ri(3, 10) + r.Oj * ri(3, 7) + ri(0, 6);
  r.F = Math.round(r.P * (0.2 + R() * 0.25)); r.Y = Math.round(r.P * (0.25 + R() * 0.3)); r.D = Math.round(r.P * (0.4 + R() * 0.45));
  r.N = Math.round((E - Math.min(E, r.C)) * (0.3 + R() * 0.5));
  r.G = ri(1, Math.max(1, Math.round(E / 20)));
  r.T1 = Math.round(E * (0.35 + R() * 0.25)); r.T3 = soc && chance(0.3) ? ri(0, 2) : 0; r.T2 = 0;
  return fixBlock(r);
}
function grow(p) {
  const r = {}; const f = 1 + (R() * 0.17 - 0.03);
  r.E = Math.max(1, Math.round(p.E * f) + ri(0, 2));
  for (const k of FIELDS) if (k !== 'E') r[k] = k === 'T3' ? p.T3 + (chance(0.05) ? 1 : 0) : Math.max(0, Math.round(p[k] * f * (0.95 + R() * 0.2)) + (chance(0.3) ? ri(0, 2) : 0));
  return fixBlock(r);
}
function subsetOf(p, E2) {
  const r = { E: E2 };
  r.S = Math.min(p.S, E2);
  r.Os = Math.min(p.Os, E2, Math.round(E2 * p.Os / p.E * (1 + R() * 0.8)));
  r.Oj = Math.min(p.Oj, E2 - r.Os, Math.round(E2 * p.Oj / p.E));
  r.C = Math.min(p.C, E2, Math.max(r.Os + r.Oj, Math.round(E2 * p.C / p.E * (1 + R() * 0.5))));
  r.CS = Math.min(p.CS, r.S, r.C);
  r.P = Math.min(p.P, r.Os * ri(4, 12) + r.Oj * ri(3, 6));
  r.F = Math.min(p.F, Math.round(r.P * 0.3)); r.Y = Math.min(p.Y, Math.round(r.P * 0.4)); r.D = Math.min(p.D, Math.round(r.P * 0.7));
  r.N = Math.min(p.N, E2 - r.C, Math.round((E2 - r.C) * 0.5));
  r.G = Math.min(p.G, Math.max(1, Math.round(E2 / 15)));
  r.T1 = Math.min(p.T1, E2); r.T3 = Math.min(p.T3, E2 - r.T1); r.T2 = E2 - r.T1 - r.T3;
  return r;
}
const SIZES = { street: [150, 900, 15, 80], town: [40, 400, 6, 40], township: [15, 120, 3, 15], zone: [200, 1200, 3, 20], village: [3, 60, 1, 8], county: [600, 3000, 60, 300], industry: [20, 200, 5, 30] };
function genRec(type, scale = 1) {
  const [a, b, sa, sb] = SIZES[type];
  const ep = genBlock(Math.max(1, Math.round(ri(a, b) * scale)), false), sp = genBlock(Math.max(1, Math.round(ri(sa, sb) * scale)), true);
  return { ent: { prev: ep, cur: grow(ep) }, soc: { prev: sp, cur: grow(sp) } };
}
function sumRec(list) {
  const out = {};
  for (const blk of ['ent', 'soc']) {
    out[blk] = {};
    for (const per of ['prev', 'cur']) {
      const s = {}; for (const f of FIELDS) s[f] = list.reduce((a, r) => a + r[blk][per][f], 0);
      out[blk][per] = s;
    }
  }
  return out;
}
function subsetRec(rec, fracFn) {
  const out = {};
  for (const blk of ['ent', 'soc']) { out[blk] = {}; for (const per of ['prev', 'cur']) { const p = rec[blk][per]; out[blk][per] = subsetOf(p, fracFn(p, blk)); } }
  return out;
}
function fval(rec, blk, per, f, d) {
  if (per === 'd') return fval(rec, blk, 'cur', f, d) - fval(rec, blk, 'prev', f, d);
  if (per === 'g') { const a = fval(rec, blk, 'cur', f, d), b = fval(rec, blk, 'prev', f, d); return b > 0 ? rnd(a - b, b, d) : null; }
  if (per === 'pp') { const a = fval(rec, blk, 'cur', f, d), b = fval(rec, blk, 'prev', f, d); if (a == null || b == null) return null; const s = 10 ** d; return (Math.round(a * s) - Math.round(b * s)) / s; }
  const r = rec[blk][per];
  if (f === 'O') return r.Os + r.Oj;
  if (f === 'CR') return r.E > 0 ? rnd(r.C, r.E, d) : null;
  if (f === 'CSR') return r.S > 0 ? rnd(r.CS, r.S, d) : null;
  return r[f];
}

// ---------------------------------------------------------------- names
const POOL_TOWN = ['城关', '石桥', '白马', '龙泉', '青山', '黄岭', '柳林', '高桥', '三合', '永安', '兴隆', '新店', '梅溪', '双河', '观音', '金山', '太平', '安乐', '长岭', '清水', '大坪', '桃源', '杨柳', '马鞍', '凤凰', '狮子山', '河口', '横山', '松林', '沙坪', '塘坝', '古城', '官庄', '仁和', '福田'];
const POOL_STREET = ['城东', '城西', '城南', '城北', '东城', '西湖', '新华', '解放', '滨江', '文昌', '凤鸣', '朝阳', '紫荆', '锦绣', '府前'];
const POOL_ZONE = ['经济开发区', '高新技术产业开发区', '工业园区', '经济技术开发区', '产业园区', '现代农业产业园'];
const POOL_COUNTY = ['临川', '清河', '安平', '永宁', '云溪', '平阳', '丰城', '宁远', '新田', '桐城', '武宁', '泰和', '高安', '修水', '南丰', '东至', '青阳', '宜丰'];
const POOL_VILLAGE = ['李家', '王庄', '张湾', '陈塘', '刘家坪', '东风', '红旗', '新村', '大田', '下坊', '上街', '前进', '和平', '光明', '胜利', '合兴', '枫林', '竹山', '石门', '柏树', '杉木', '茶园', '桥东', '河西'];
const INDUSTRY = [['A', '农、林、牧、渔业', 0.5], ['B', '采矿业', 0.15], ['C', '制造业', 3], ['D', '电力、热力、燃气及水生产和供应业', 0.15], ['E', '建筑业', 0.9], ['F', '批发和零售业', 2.2], ['G', '交通运输、仓储和邮政业', 0.5], ['H', '住宿和餐饮业', 0.6], ['I', '信息传输、软件和信息技术服务业', 0.35], ['K', '房地产业', 0.4], ['L', '租赁和商务服务业', 0.7], ['M', '科学研究和技术服务业', 0.35], ['N', '水利、环境和公共设施管理业', 0.15], ['O', '居民服务、修理和其他服务业', 0.5], ['P', '教育', 0.15], ['Q', '卫生和社会工作', 0.15], ['R', '文化、体育和娱乐业', 0.25]];
const SURN = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '胡', '朱', '高', '林', '何', '郭', '马', '罗'];
const GIV = ['建国', '伟', '芳', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '秀英', '霞', '平'];
const person = () => pick(SURN) + pick(GIV);

function makeCounty() {
  const name = pick(POOL_COUNTY); const t = chance(0.72) ? '县' : '区';
  return { name, t, full: name + t, total: pick(t === '县' ? ['合计', '全县合计', '全县', '总计', '合　计'] : ['合计', '全区合计', '全区', '总计']) };
}
function genUnits(ct, nS, nT, nX, nZ) {
  const streets = shuffle(POOL_STREET).slice(0, nS).map((n) => ({ name: n + '街道', type: 'street' }));
  const tn = shuffle(POOL_TOWN).slice(0, nT + nX);
  const towns = tn.slice(0, nT).map((n) => ({ name: n + '镇', type: 'town' }));
  const tships = tn.slice(nT).map((n) => ({ name: n + '乡', type: 'township' }));
  const zones = shuffle(POOL_ZONE).slice(0, nZ).map((n) => ({ name: (chance(0.5) ? ct.name : '') + n, type: 'zone' }));
  const all = [...streets, ...towns, ...tships, ...zones];
  for (const u of all) u.rec = genRec(u.type);
  return all;
}
function stdUnits(ct, small) {
  const nS = ct.t === '区' ? ri(3, 6) : ri(0, 4), nT = small ? ri(3, 6) : (ct.t === '区' ? ri(2, 6) : ri(6, 13)), nX = small ? 0 : ri(0, 3), nZ = ri(0, 2);
  return genUnits(ct, nS, nT, nX, nZ);
}

// ---------------------------------------------------------------- sheet model
class Sheet {
  constructor(name) { this.name = name; this.cells = new Map(); this.merges = []; this.boxes = []; this.widths = {}; }
  set(r, c, v, st = {}) { this.cells.set(r + ',' + c, { r, c, v, st }); }
  setData(r, c, meta) { this.cells.set(r + ',' + c, { r, c, meta, st: { align: 'right' } }); }
  merge(r1, c1, r2, c2) { if (r1 === r2 && c1 === c2) return; this.merges.push([r1, c1, r2, c2]); }
  box(r1, c1, r2, c2) { this.boxes.push([r1, c1, r2, c2]); }
}
class Book {
  constructor(o) { this.o = o; this.sheets = []; this.rels = []; this.cellIdx = new Map(); }
  sheet(name) { const s = new Sheet(name); this.sheets.push(s); return s; }
}
function colLetter(c) { let s = ''; while (c > 0) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s; }
const A1 = (r, c) => colLetter(c) + r;
const HDR = { bold: true, align: 'center', wrap: true };
const CTR = { align: 'center' };

// ---------------------------------------------------------------- options
function bookOpts() {
  const x = R();
  const text = x < 0.68 ? null : x < 0.8 ? 'some' : x < 0.87 ? 'full' : x < 0.92 ? 'all' : 'comma';
  return {
    seq: chance(0.3), seqNums: true, lanci: chance(0.45), lanciF: chance(0.35), lanciNum: chance(0.4),
    unitLine: chance(0.7), unitInHdr: chance(0.5), notes: chance(0.7), sign: pick(['line', 'cells', 'none', 'line', 'split']),
    text, dash: pick(['—', '', '-', '/', '—']), d: chance(0.06) ? 0 : chance(0.75) ? 1 : 2, dg: chance(0.8) ? 1 : 2, blankAfterTotal: chance(0.15), areaCode: chance(0.2), pct: chance(0.08),
    thousands: chance(0.12), mergeTotal: chance(0.3), indent: pick(['space', 'align', 'none']), tableNo: chance(0.3) ? pick(['附表1', '表1', '附件2', '表一', '两新统1表']) : null,
    year: pick([2024, 2025, 2025]), quarter: pick([1, 2, 3, 4]), fillUnit: chance(0.5), generalInt: chance(0.4),
  };
}
function textModeFor(o, kind, v) {
  if (!o.text) return null;
  const dec = kind === 'rate' || kind === 'growth' || kind === 'pp';
  if (o.text === 'all') return 'ascii';
  if (o.text === 'some') return chance(0.2) ? 'ascii' : null;
  if (o.text === 'full') return chance(0.15) && !dec ? 'full' : null;
  if (o.text === 'comma') return !dec && Math.abs(v) >= 1000 ? 'comma' : null;
  return null;
}
const FW = (s) => s.replace(/[0-9.\-]/g, (ch) => ({ '.': '．', '-': '－' }[ch] || String.fromCharCode(ch.charCodeAt(0) + 0xFEE0)));
function outOf(meta, o) {
  const dec = meta.kind === 'rate' || meta.kind === 'growth' || meta.kind === 'pp';
  const d = meta.d;
  if (!meta.text) {
    const zf = d ? '0.' + '0'.repeat(d) : '0';
    if (meta.pct) return { v: Math.round(meta.lv * 10 ** d) / 10 ** (d + 2), numFmt: zf + '%' };
    if (dec) return { v: meta.lv, numFmt: zf };
    return { v: meta.lv, numFmt: o.thousands ? '#,##0' : (o.generalInt ? undefined : '0') };
  }
  let s = dec ? meta.lv.toFixed(d) : String(meta.lv);
  if (meta.text === 'comma' && !dec) s = meta.lv.toLocaleString('en-US');
  if (meta.pct) s += '%';
  if (meta.text === 'full') s = FW(s);
  return { v: s };
}

// ---------------------------------------------------------------- columns
function mkCol(blk, per, f, d, hdr, tl, blockName) {
  const kind = per === 'd' ? 'diff' : per === 'g' ? 'growth' : per === 'pp' ? 'pp' : (f === 'CR' || f === 'CSR') ? 'rate' : 'count';
  const unit = kind === 'rate' || kind === 'growth' ? '%' : kind === 'pp' ? '百分点' : ['P', 'F', 'Y', 'D', 'G'].includes(f) ? '名' : '个';
  return { key: `${blk}.${per}.${f}`, blk, per, f, d: kind === 'count' || kind === 'diff' ? 0 : d, hdr, tl, blockName, kind, sum: kind === 'count' || kind === 'diff', unit, v: (rec) => fval(rec, blk, per, f, d) };
}
const UNITSFX = { E: '（个）', O: '（个）', C: '（个）', N: '（个）', P: '（名）', G: '（名）' };
function leafLabel(blk, f, fields, o) {
  const hasO = fields.includes('O');
  const L = blk === 'ent'
    ? { E: '企业数', S: '其中：规模以上企业', O: '建立党组织数', Os: hasO ? '其中：单独建立' : '单独建立党组织数', Oj: hasO ? '联合建立' : '联合建立党组织数', C: '覆盖企业数', CR: '党组织覆盖率（%）', CS: '规上企业覆盖数', CSR: '规上企业覆盖率（%）', P: '党员数', F: '其中：女', Y: '35岁及以下', D: '大专及以上', N: '无党员企业数', G: '选派党建指导员数', T1: '有限责任公司', T2: '个人独资企业', T3: '其他' }
    : { E: '社会组织数', S: '其中：行业协会商会', O: '建立党组织数', Os: hasO ? '其中：单独建立' : '单独建立党组织数', Oj: hasO ? '联合建立' : '联合建立党组织数', C: '覆盖社会组织数', CR: '党组织覆盖率（%）', CS: '规上覆盖数', CSR: '规上覆盖率（%）', P: '党员数', F: '其中：女', Y: '35岁及以下', D: '大专及以上', N: '无党员社会组织数', G: '党建指导员数', T1: '其中：社会团体', T2: '社会服务机构', T3: '基金会' };
  let s = L[f];
  if (o.unitInHdr && UNITSFX[f]) s += UNITSFX[f];
  return s;
}
function groupOf(blk, f, fields) {
  const cnt = (xs) => fields.filter((x) => xs.includes(x)).length;
  if (['O', 'Os', 'Oj'].includes(f) && cnt(['O', 'Os', 'Oj']) >= 2) return { g: '建立党组织数（个）', leaf: { O: '合计', Os: '单独建立', Oj: '联合建立' }[f] };
  if (['P', 'F', 'Y', 'D'].includes(f) && cnt(['P', 'F', 'Y', 'D']) >= 2) return { g: '党员数（名）', leaf: { P: '合计', F: '其中：女', Y: '35岁及以下', D: '大专及以上' }[f] };
  if (blk === 'soc' && ['E', 'T1', 'T2', 'T3'].includes(f) && fields.includes('T1')) return { g: '社会组织数（个）', leaf: { E: '合计', T1: '社会团体', T2: '社会服务机构', T3: '基金会' }[f] };
  if (blk === 'ent' && ['E', 'S'].includes(f) && fields.includes('S')) return { g: '企业数（个）', leaf: { E: '合计', S: '其中：规模以上' }[f] };
  return null;
}
const BLOCKNAME = { ent: ['非公有制企业', '非公企业', '非公有制经济组织'], soc: ['社会组织'] };
function singleCols(blk, per, fields, o, style, withBlock) {
  const blockName = pick(BLOCKNAME[blk]);
  return fields.map((f) => {
    const grp = groupOf(blk, f, fields);
    const leaf = leafLabel(blk, f, fields, o);
    let hdr;
    if (style === 'grp') hdr = grp ? [grp.g, grp.leaf] : [leaf, null];
    else if (style === 'qz') {
      const QZ = { S: ['O', 'E'], Os: ['O'], Oj: ['O'], F: ['P'], Y: ['P'], D: ['P'], T1: ['E'], T2: ['E'], T3: ['E'], CS: [] };
      const sub = QZ[f] && QZ[f].some((w) => fields.includes(w)) && !(f === 'S' && blk === 'soc');
      hdr = sub ? ['其中', leaf.replace(/^其中：/, '').replace(/（.*?）$/, '')] : [leaf, null];
    }
    else hdr = [leaf];
    if (withBlock) hdr.unshift(blockName);
    return mkCol(blk, per, f, f === 'CR' || f === 'CSR' ? o.d : o.dg, hdr, leaf.replace(/（.*?）/g, ''), blockName);
  });
}
const ENT_PRESETS = [['E', 'S', 'O', 'Os', 'Oj', 'C', 'CR', 'P', 'F', 'Y', 'D', 'N', 'G'], ['E', 'S', 'Os', 'Oj', 'C', 'CR', 'P', 'G'], ['E', 'O', 'C', 'CR', 'P', 'Y'], ['E', 'S', 'CS', 'CSR', 'O', 'Os', 'Oj', 'C', 'CR', 'P'], ['E', 'O', 'Os', 'Oj', 'C', 'CR', 'P', 'F', 'N'], ['E', 'C', 'CR', 'O', 'P', 'G']];
const SOC_PRESETS = [['E', 'T1', 'T2', 'T3', 'O', 'Os', 'Oj', 'C', 'CR', 'P', 'G'], ['E', 'O', 'C', 'CR', 'P'], ['E', 'Os', 'Oj', 'C', 'CR', 'P', 'N', 'G'], ['E', 'T1', 'T2', 'T3', 'C', 'CR', 'P']];

function periodLabels(o, quarterly) {
  const y = o.year;
  if (quarterly) o.quarterly = true;
  if (quarterly) return pick([{ prev: '上季末', cur: '本季末', d: '比上季增减', g: '增长（%）', pp: '增减（百分点）' }, { prev: `${o.quarter === 1 ? y - 1 : y}年${['一', '二', '三', '四'][(o.quarter + 2) % 4]}季度末`, cur: `${y}年${['一', '二', '三', '四'][o.quarter - 1]}季度末`, d: '增减', g: '增幅（%）', pp: '增减（百分点）' }]);
  return pick([
    { prev: '上年末', cur: '本年末', d: '增减', g: '增长（%）', pp: '增减（百分点）' },
    { prev: `${y - 1}年`, cur: `${y}年`, d: '增减', g: '增长（%）', pp: '增减（百分点）' },
    { prev: `${y - 1}年末`, cur: `${y}年末`, d: '增减数', g: '增长率（%）', pp: '提高（百分点）' },
    { prev: '上年同期', cur: '本期', d: '比上年增减', g: '增幅（%）', pp: '比上年增减（百分点）' },
  ]);
}
const IND_LABEL = {
  ent: { E: '企业数（个）', S: '规模以上企业数（个）', O: '建立党组织数（个）', Os: '单独建立党组织数（个）', Oj: '联合建立党组织数（个）', C: '覆盖企业数（个）', CR: '党组织覆盖率（%）', P: '党员数（名）', Y: '35岁及以下党员（名）', N: '无党员企业数（个）', G: '党建指导员（名）' },
  soc: { E: '社会组织数（个）', O: '建立党组织数（个）', C: '覆盖社会组织数（个）', CR: '党组织覆盖率（%）', P: '党员数（名）', G: '党建指导员（名）' },
};
// two-period columns: items [{blk,f,pers}]
function twoCols(items, o, L, withBlock) {
  const cols = [];
  for (const it of items) {
    const blockName = pick(BLOCKNAME[it.blk]);
    const ind = IND_LABEL[it.blk][it.f];
    for (const per of it.pers) {
      const d = it.f === 'CR' ? o.d : o.dg;
      const hdr = [ind, L[per]];
      if (withBlock) hdr.unshift(blockName);
      cols.push(mkCol(it.blk, per, it.f, per === 'g' ? o.dg : d, hdr, ind + L[per], blockName));
    }
  }
  return cols;
}
function twoItems(blks) {
  const sets = [];
  for (const blk of blks) {
    const fs2 = blk === 'ent' ? shuffle(['O', 'P', 'S', 'Os', 'N', 'G', 'Y']).slice(0, ri(1, 2)) : shuffle(['O', 'P', 'G']).slice(0, ri(0, 2));
    const list = ['E', ...fs2, 'C', 'CR'].filter((f) => IND_LABEL[blk][f]);
    const order = ['E', 'S', 'O', 'Os', 'Oj', 'C', 'CR', 'P', 'Y', 'N', 'G'];
    list.sort((a, b) => order.indexOf(a) - order.indexOf(b));
    for (const f of list) {
      let pers;
      if (f === 'CR') pers = ['prev', 'cur', 'pp'];
      else pers = pick([['prev', 'cur', 'd', 'g'], ['prev', 'cur', 'd'], ['prev', 'cur', 'g'], ['prev', 'cur', 'd', 'g']]);
      if (f === 'C' && chance(0.5)) pers = ['prev', 'cur'];
      sets.push({ blk, f, pers });
    }
  }
  return sets;
}

// key-level relations among the keys a table holds
const LE = [['S', 'E'], ['C', 'E'], ['CS', 'S'], ['CS', 'C'], ['F', 'P'], ['Y', 'P'], ['D', 'P'], ['N', 'E'], ['Os', 'O'], ['Oj', 'O'], ['T1', 'E'], ['T2', 'E'], ['T3', 'E']];
function autoRels(has, dOf) {
  const out = [];
  for (const blk of ['ent', 'soc']) {
    for (const per of ['prev', 'cur', 'd']) {
      const k = (f) => `${blk}.${per}.${f}`;
      if (has(k('O')) && has(k('Os')) && has(k('Oj'))) out.push({ t: 'sum', target: k('O'), parts: [k('Os'), k('Oj')] });
      if (has(k('E')) && has(k('T1')) && has(k('T2')) && has(k('T3'))) out.push({ t: 'sum', target: k('E'), parts: [k('T1'), k('T2'), k('T3')] });
      if (per === 'd') continue;
      if (has(k('CR')) && has(k('C')) && has(k('E'))) out.push({ t: 'rate', target: k('CR'), num: k('C'), den: k('E'), d: dOf(k('CR')) });
      if (has(k('CSR')) && has(k('CS')) && has(k('S'))) out.push({ t: 'rate', target: k('CSR'), num: k('CS'), den: k('S'), d: dOf(k('CSR')) });
      for (const [p, w] of LE) if (has(k(p)) && has(k(w))) out.push({ t: 'le', part: k(p), whole: k(w) });
    }
    for (const f of ALLF) {
      const c = `${blk}.cur.${f}`, p = `${blk}.prev.${f}`;
      if (!has(c) || !has(p)) continue;
      if (has(`${blk}.d.${f}`)) out.push({ t: 'diff', target: `${blk}.d.${f}`, a: c, b: p });
      if (has(`${blk}.g.${f}`)) out.push({ t: 'growth', target: `${blk}.g.${f}`, a: c, b: p, d: dOf(`${blk}.g.${f}`) });
      if (has(`${blk}.pp.${f}`)) out.push({ t: 'pp', target: `${blk}.pp.${f}`, a: c, b: p });
    }
  }
  return out;
}
function inst(k, refOf) {
  const out = { t: k.t };
  for (const f of ['target', 'num', 'den', 'a', 'b', 'part', 'whole']) if (k[f] !== undefined) { out[f] = refOf(k[f]); if (!out[f]) return null; }
  if (k.parts) { out.parts = k.parts.map(refOf); if (out.parts.some((x) => !x)) return null; }
  if (k.d !== undefined) out.d = k.d;
  return out;
}

// ---------------------------------------------------------------- rows
function indentLabel(label, lvl, o) {
  if (!lvl) return { label, indent: 0 };
  if (o.indent === 'space') return { label: '　'.repeat(2 * lvl) + label, indent: 0 };
  if (o.indent === 'align') return { label, indent: lvl };
  return { label, indent: 0 };
}
// variants: A total top flat; B total bottom; C grouped (group rows carry subtotals); D 其中 breakdown under total; E subtotals after each group, total bottom
let VARIANTS = [];
function buildRows(units, variant, ct, o) {
  const _v = buildRows0(units, variant, ct, o); VARIANTS.push(_v.variant + (o.indent ? ':' + o.indent : '')); return _v;
}
function buildRows0(units, variant, ct, o) {
  const streets = units.filter((u) => u.type === 'street'), towns = units.filter((u) => u.type === 'town' || u.type === 'township'), zones = units.filter((u) => u.type === 'zone');
  if ((variant === 'C' || variant === 'D' || variant === 'E') && (!streets.length || !towns.length)) variant = pick(['A', 'B']);
  const total = { label: ct.total, rec: sumRec(units.map((u) => u.rec)), kind: 'total', memberSets: [] };
  const rows = [];
  const unitRow = (u, lvl) => ({ ...indentLabel(u.name, lvl, o), rec: u.rec, kind: 'unit', code: u.code });
  if (variant === 'A' || variant === 'B') {
    if (variant === 'A') rows.push(total);
    if (variant === 'A' && o.blankAfterTotal) rows.push({ label: '', kind: 'head' });
    const start = rows.length;
    const ind = variant === 'A' && o.indent !== 'none' && chance(0.5) ? 1 : 0;
    units.forEach((u) => rows.push(unitRow(u, ind)));
    total.memberSets.push(units.map((_, k) => start + k));
    if (variant === 'B') rows.push(total);
    return { rows, variant };
  }
  if (variant === 'C') {
    const gl = pick([['一、街道', '二、乡镇', '三、园区'], ['（一）街道', '（二）乡镇', '（三）开发区'], ['街道小计', '乡镇小计', '园区小计']]);
    rows.push(total);
    const tops = [];
    const grp = (label, list) => {
      const g = { label, rec: sumRec(list.map((u) => u.rec)), kind: 'subtotal', memberSets: [] };
      const gi = rows.length; rows.push(g); tops.push(gi);
      const s = rows.length; list.forEach((u) => rows.push(unitRow(u, 1))); g.memberSets.push(list.map((_, k) => s + k));
    };
    grp(gl[0], streets); grp(gl[1], towns);
    if (zones.length > 1 || (zones.length === 1 && chance(0.5))) grp(gl[2], zones);
    else zones.forEach((z) => { tops.push(rows.length); rows.push(unitRow(z, 0)); });
    total.memberSets.push(tops);
    return { rows, variant };
  }
  if (variant === 'D') {
    rows.push(total);
    const bd = [];
    const mk = (label, list) => { const g = { ...indentLabel(label, 1, o), rec: sumRec(list.map((u) => u.rec)), kind: 'subtotal', memberSets: [], list }; bd.push(rows.length); rows.push(g); return g; };
    const gs = [mk('其中：街道', streets), mk(o.indent === 'space' ? '乡镇' : '　　　乡镇', towns)];
    if (zones.length) gs.push(mk('开发区（园区）', zones));
    total.memberSets.push(bd);
    const start = rows.length;
    const order = units; // listed in unit order
    order.forEach((u) => rows.push(unitRow(u, 0)));
    total.memberSets.push(order.map((_, k) => start + k));
    for (const g of gs) { g.memberSets.push(g.list.map((u) => start + order.indexOf(u))); delete g.list; }
    return { rows, variant };
  }
  // E
  const subl = chance(0.4) ? ['小计', '小计', '小计'] : ['街道小计', '乡镇小计', '园区小计'];
  const tops = [];
  const grp = (label, list) => {
    const s = rows.length; list.forEach((u) => rows.push(unitRow(u, 0)));
    const g = { label, rec: sumRec(list.map((u) => u.rec)), kind: 'subtotal', memberSets: [list.map((_, k) => s + k)] };
    tops.push(rows.length); rows.push(g);
  };
  grp(subl[0], streets); grp(subl[1], towns);
  if (zones.length > 1) grp(subl[2], zones); else zones.forEach((z) => { tops.push(rows.length); rows.push(unitRow(z, 0)); });
  total.memberSets.push(tops);
  rows.push(total);
  return { rows, variant };
}

// ---------------------------------------------------------------- rendering
function renderHeaders(sh, r0, c0, hdrs, H) {
  const n = hdrs.length;
  const at = (j, l) => (hdrs[j][l] === undefined ? null : hdrs[j][l]);
  const samePrefix = (a, b, l) => { for (let x = 0; x < l; x++) if (at(a, x) !== at(b, x)) return false; return true; };
  for (let l = 0; l < H; l++) {
    let j = 0;
    while (j < n) {
      const lab = at(j, l);
      if (lab == null) { j++; continue; }
      let k = j;
      while (k + 1 < n && at(k + 1, l) === lab && samePrefix(k + 1, j, l) && at(k + 1, l + 1) != null && at(j, l + 1) != null) k++;
      let lb = l;
      if (k === j) while (lb + 1 < H && at(j, lb + 1) == null) lb++;
      sh.set(r0 + l, c0 + j, lab, HDR);
      sh.merge(r0 + l, c0 + j, r0 + lb, c0 + k);
      j = k + 1;
    }
  }
}
function putData(book, sh, r, c, col, row) {
  const o = book.o;
  const v = col.v(row.rec);
  if (v == null) { if (o.dash) sh.set(r, c, o.dash, CTR); return null; }
  const meta = { lv: v, d: col.d, kind: col.kind, role: row.kind, pct: o.pct && col.kind === 'rate', text: textModeFor(o, col.kind, v) };
  sh.setData(r, c, meta);
  const ref = sh.name + '!' + A1(r, c);
  meta.ref = ref; meta.sheet = sh.name; meta.addr = A1(r, c);
  book.cellIdx.set(ref, meta);
  return ref;
}
function lanciText(T, c, num) {
  const kr = T.krels.find((k) => k.target === c.key && ['sum', 'rate', 'diff'].includes(k.t));
  if (!kr) return null;
  const ks = kr.t === 'sum' ? kr.parts : kr.t === 'rate' ? [kr.num, kr.den] : [kr.a, kr.b];
  if (ks.some((k) => !num[k])) return null;
  if (kr.t === 'sum') return `${num[c.key]}=${ks.map((k) => num[k]).join('+')}`;
  if (kr.t === 'rate') return `${num[c.key]}=${num[ks[0]]}÷${num[ks[1]]}`;
  return `${num[c.key]}=${num[ks[0]]}-${num[ks[1]]}`;
}
// T: {r0,c0,cols,rows,orient,nameHdr,seq,code,codeHdr,lanci,unitCol}
function renderTable(book, sh, T) {
  const o = book.o; const { cols, rows } = T;
  const keySet = new Set(cols.map((c) => c.key));
  const dOf = (k) => cols.find((c) => c.key === k).d;
  T.krels = autoRels((k) => keySet.has(k), dOf);
  const cellRef = {};
  let endRow, endCol;
  if (T.orient !== 't') {
    const H = Math.max(...cols.map((c) => c.hdr.length));
    const leadHdr = [];
    if (T.seq) leadHdr.push('序号');
    if (T.code) leadHdr.push(T.codeHdr || '代码');
    leadHdr.push(T.nameHdr);
    const hr = T.r0, dataR = hr + H + (T.lanci ? 1 : 0), dc0 = T.c0 + leadHdr.length;
    leadHdr.forEach((h, k) => { sh.set(hr, T.c0 + k, h, HDR); sh.merge(hr, T.c0 + k, hr + H - 1, T.c0 + k); });
    renderHeaders(sh, hr, dc0, cols.map((c) => c.hdr), H);
    if (T.lanci) {
      const lr = hr + H;
      leadHdr.forEach((h, k) => { const lab = h === T.nameHdr ? '甲' : h === '序号' ? '' : '乙'; if (lab) sh.set(lr, T.c0 + k, lab, CTR); });
      const num = {}; cols.forEach((c, j) => { num[c.key] = j + 1; });
      cols.forEach((c, j) => {
        const f = o.lanciF ? lanciText(T, c, num) : null;
        sh.set(lr, dc0 + j, f || (o.lanciNum ? j + 1 : String(j + 1)), CTR);
      });
    }
    let seqN = 0;
    rows.forEach((row, i) => {
      const r = dataR + i; let k = 0;
      if (T.seq) { if (row.kind === 'unit') sh.set(r, T.c0, ++seqN, CTR); k++; }
      if (T.code) { if (row.code) sh.set(r, T.c0 + k, row.code, CTR); k++; }
      const st = { align: 'left', indent: row.indent || 0, bold: row.kind === 'total' };
      if (o.mergeTotal && row.kind === 'total' && k > 0) { sh.set(r, T.c0, row.label, { align: 'center', bold: true }); sh.merge(r, T.c0, r, T.c0 + k); }
      else sh.set(r, T.c0 + k, row.label, st);
      if (row.kind === 'head') return;
      cols.forEach((c, j) => { const ref = putData(book, sh, r, dc0 + j, c, row); if (ref) cellRef[i + '|' + c.key] = ref; });
    });
    endRow = dataR + rows.length - 1; endCol = dc0 + cols.length - 1;
    sh.box(hr, T.c0, endRow, endCol);
    sh.widths[T.c0 + leadHdr.length - 1] = 18;
    if (T.seq) sh.widths[T.c0] = 6;
  } else {
    const multiBlock = new Set(cols.map((c) => c.blockName)).size > 1;
    const lead = (multiBlock ? 2 : 1) + (T.unitCol ? 1 : 0);
    const hr = T.r0; const c0 = T.c0;
    sh.set(hr, c0, T.indHdr || '指标', HDR); if (multiBlock) sh.merge(hr, c0, hr, c0 + 1);
    if (T.unitCol) sh.set(hr, c0 + lead - 1, '计量单位', HDR);
    rows.forEach((row, i) => sh.set(hr, c0 + lead + i, row.label.replace(/^[　 ]+/, ''), HDR));
    let runStart = 0;
    cols.forEach((c, j) => {
      const r = hr + 1 + j;
      if (multiBlock) {
        if (j === 0 || cols[j - 1].blockName !== c.blockName) runStart = j;
        if (j === cols.length - 1 || cols[j + 1].blockName !== c.blockName) { sh.set(hr + 1 + runStart, c0, c.blockName, HDR); sh.merge(hr + 1 + runStart, c0, r, c0); }
      }
      const sub = /^其中/.test(c.tl) || ['联合建立', '35岁及以下', '大专及以上', '社会服务机构', '基金会'].includes(c.tl);
      sh.set(r, c0 + (multiBlock ? 1 : 0), (sub ? '　　' : '') + c.tl, { align: 'left' });
      if (T.unitCol) sh.set(r, c0 + lead - 1, c.unit, CTR);
      rows.forEach((row, i) => { const ref = putData(book, sh, r, c0 + lead + i, c, row); if (ref) cellRef[i + '|' + c.key] = ref; });
    });
    endRow = hr + cols.length; endCol = c0 + lead + rows.length - 1;
    sh.box(hr, c0, endRow, endCol);
    sh.widths[c0 + lead - 1 - (T.unitCol ? 1 : 0)] = 22;
  }
  // relations
  rows.forEach((row, i) => {
    if (row.kind === 'head') return;
    for (const k of T.krels) { const x = inst(k, (key) => cellRef[i + '|' + key]); if (x) book.rels.push(x); }
    for (const mem of row.memberSets || []) for (const c of cols) if (c.sum) {
      const t = cellRef[i + '|' + c.key]; const ps = mem.map((m) => cellRef[m + '|' + c.key]);
      if (t && ps.every(Boolean)) book.rels.push({ t: 'sum', target: t, parts: ps });
    }
    if (row.kind === 'subset') for (const c of cols) if (c.kind === 'count') {
      const p = cellRef[i + '|' + c.key], w = cellRef[row.parent + '|' + c.key];
      if (p && w) book.rels.push({ t: 'le', part: p, whole: w });
    }
  });
  return { endRow, endCol, cellRef };
}

// ---------------------------------------------------------------- frame / footer
function frame(sh, o, width, title, sub, unitText, info) {
  let r = 1;
  if (o.tableNo) { sh.set(r, 1, o.tableNo, { align: 'left', bold: true }); r++; }
  sh.set(r, 1, title, { bold: true, align: 'center', size: 16 }); sh.merge(r, 1, r, width); r++;
  if (sub) { sh.set(r, 1, sub, CTR); sh.merge(r, 1, r, width); r++; }
  if (o.unitLine || o.fillUnit) {
    if (o.fillUnit && info) { sh.set(r, 1, info, { align: 'left' }); sh.merge(r, 1, r, Math.max(1, Math.floor(width / 2))); }
    if (o.unitLine) sh.set(r, width, unitText || '单位：个、名、%', { align: 'right' });
    r++;
  }
  return r;
}
function footer(sh, o, r, width, ct, kind) {
  r++;
  if (o.notes) {
    const ns = [
      `注：1.党组织覆盖率＝党组织覆盖${kind === 'soc' ? '社会组织' : '企业'}数÷${kind === 'soc' ? '社会组织' : '企业'}数×100%。`,
      '2.“联合建立”指两个及以上单位联合组建的党组织，其覆盖单位数按实际覆盖数统计。',
      `3.统计时点为${o.quarterly ? `${o.year}年${['3月31日', '6月30日', '9月30日', '12月31日'][o.quarter - 1]}` : `${o.year}年12月31日`}，规模以上企业指年主营业务收入2000万元及以上的工业企业。`,
    ].slice(0, ri(1, 3));
    if (chance(0.5)) { sh.set(r, 1, ns.join(''), { align: 'left', wrap: true }); sh.merge(r, 1, r, width); r++; }
    else for (const n of ns) { sh.set(r, 1, n, { align: 'left' }); sh.merge(r, 1, r, width); r++; }
  }
  const office = `中共${ct.full}委${pick(['组织部', '两新工委', '非公有制经济组织和社会组织工作委员会'])}`;
  const date = o.quarterly && o.quarter < 4 ? `${o.year}年${o.quarter * 3 + 1}月${ri(5, 15)}日` : `${o.year + 1}年1月${ri(5, 20)}日`;
  if (o.sign === 'line') {
    sh.set(r + 1, 1, `填报单位（盖章）：${office}　　　单位负责人：${person()}　　　填表人：${person()}　　　联系电话：0${ri(790, 799)}-${ri(8200000, 8299999)}　　　报出日期：${date}`, { align: 'left' });
    sh.merge(r + 1, 1, r + 1, width);
  } else if (o.sign === 'cells' && width >= 8) {
    const rr = r + 1;
    sh.set(rr, 1, '单位负责人：', { align: 'right' }); sh.set(rr, 2, person());
    sh.set(rr, 3, '填表人：', { align: 'right' }); sh.set(rr, 4, person());
    sh.set(rr, 5, '联系电话：', { align: 'right' }); sh.set(rr, 6, Number('13' + ri(100000000, 999999999)), { align: 'left' });
    sh.set(rr, 7, '报出日期：', { align: 'right' }); sh.set(rr, 8, new Date(Date.UTC(o.year + 1, 0, ri(5, 20))), { numFmt: 'yyyy"年"m"月"d"日"' });
  } else if (o.sign === 'split') {
    sh.set(r + 1, 1, `审核人：${person()}`, { align: 'left' });
    sh.set(r + 1, Math.max(2, width - 2), `填表人：${person()}`, { align: 'left' });
    sh.set(r + 2, Math.max(2, width - 2), `${date}`, { align: 'left' });
  }
}
const UNITTEXT = ['单位：个、名、%', '单位：个、人、%', '单位：个，名，%', '计量单位：个、名'];

// ---------------------------------------------------------------- templates
function yearTag(o) { return `${o.year}年`; }
function tplWide(book, ct) {
  const o = book.o;
  const units = stdUnits(ct);
  const base = ri(360100, 369999);
  if (o.areaCode) units.forEach((u, k) => { u.code = base * 1000 + (u.type === 'street' ? 1 : u.type === 'zone' ? 4 : 1) * 100 + k; });
  const { rows } = buildRows(units, pick(['A', 'A', 'B', 'C', 'D', 'E']), ct, o);
  if (o.areaCode && chance(0.5)) rows.find((r) => r.kind === 'total').code = base;
  const style = pick(['flat', 'grp', 'qz']);
  const both = chance(0.75);
  let cols = singleCols('ent', 'cur', pick(ENT_PRESETS), o, style, both);
  if (both) cols = cols.concat(singleCols('soc', 'cur', pick(SOC_PRESETS), o, style, true));
  const sh = book.sheet(pick(['Sheet1', '汇总', `${o.year}年`, '两新党建统计', '表1']));
  const lead = (o.seq ? 1 : 0) + (o.areaCode ? 1 : 0) + 1; const width = lead + cols.length;
  const r0 = frame(sh, o, width, `${ct.full}${yearTag(o)}${both ? '非公有制企业和社会组织' : '非公有制企业'}党建工作情况统计表`, chance(0.5) ? `（截至${o.year}年12月31日）` : null, pick(UNITTEXT), `填报单位：中共${ct.full}委两新工委`);
  const t = renderTable(book, sh, { r0, c0: 1, cols, rows, nameHdr: pick(['单位', '乡镇（街道）', '地区', '单位名称', '乡镇（街道、园区）']), seq: o.seq, lanci: o.lanci, code: o.areaCode, codeHdr: pick(['区划代码', '行政区划代码']) });
  footer(sh, o, t.endRow + 1, width, ct, 'ent');
}
function tplTwo(book, ct, quarterly) {
  const o = book.o;
  const units = stdUnits(ct);
  const { rows } = buildRows(units, pick(['A', 'A', 'B', 'C', 'E']), ct, o);
  const L = periodLabels(o, quarterly);
  const blks = chance(0.6) ? ['ent', 'soc'] : ['ent'];
  const items = twoItems(blks);
  const cols = twoCols(items, o, L, blks.length > 1 && chance(0.6));
  const sh = book.sheet(pick(['Sheet1', '对比表', quarterly ? `${o.quarter}季度` : '增减情况', '表2']));
  const width = 1 + (o.seq ? 1 : 0) + cols.length;
  const title = quarterly ? `${ct.full}${o.year}年第${['一', '二', '三', '四'][o.quarter - 1]}季度“两新”组织党建工作进展情况表` : `${ct.full}非公有制企业和社会组织党组织覆盖情况对比表`;
  const r0 = frame(sh, o, width, title, null, pick(UNITTEXT), `填报单位：${ct.full}委组织部`);
  const t = renderTable(book, sh, { r0, c0: 1, cols, rows, nameHdr: pick(['单位', '乡镇（街道）', '地区']), seq: o.seq, lanci: o.lanci });
  footer(sh, o, t.endRow + 1, width, ct, 'ent');
}
function industryRows(ct, o, scale, withSubset) {
  const list = INDUSTRY.filter((x) => x[2] >= 0.4 || chance(0.6));
  const units = list.map(([code, name, w]) => ({ name, code, rec: genRec('industry', w * scale) }));
  const rows = [];
  const total = { label: ct.total, code: '', rec: sumRec(units.map((u) => u.rec)), kind: 'total', memberSets: [] };
  const top = chance(0.6);
  if (top) rows.push(total);
  let subIdx = -1;
  if (top && withSubset) {
    subIdx = rows.length;
    rows.push({ ...indentLabel('其中：规模以上企业', 1, o), rec: subsetRec(total.rec, (p, blk) => (blk === 'ent' ? p.S : p.S)), kind: 'subset', parent: 0 });
  }
  const start = rows.length;
  const ind = top && chance(0.5) ? 1 : 0;
  units.forEach((u) => rows.push({ ...indentLabel(u.name, ind, o), code: u.code, rec: u.rec, kind: 'unit' }));
  total.memberSets.push(units.map((_, k) => start + k));
  if (!top) rows.push(total);
  return rows;
}
function tplIndustry(book, ct) {
  const o = book.o;
  const two = chance(0.4);
  const rows = industryRows(ct, o, ri(3, 8) / 2, chance(0.5));
  let cols;
  if (two) cols = twoCols(twoItems(['ent']), o, periodLabels(o), false);
  else cols = singleCols('ent', 'cur', pick(ENT_PRESETS), o, pick(['flat', 'grp', 'qz']), false);
  const sh = book.sheet(pick(['分行业', '按行业', 'Sheet1', '表3']));
  const code = chance(0.6);
  const width = 1 + (code ? 1 : 0) + (o.seq ? 1 : 0) + cols.length;
  const r0 = frame(sh, o, width, `${ct.full}非公有制企业党建工作情况（按国民经济行业分类）`, `（${o.year}年末）`, pick(UNITTEXT), `填报单位：${ct.full}委两新工委`);
  const t = renderTable(book, sh, { r0, c0: 1, cols, rows, nameHdr: pick(['行业', '国民经济行业门类', '行业门类']), code, codeHdr: pick(['代码', '门类代码']), seq: o.seq, lanci: o.lanci });
  footer(sh, o, t.endRow + 1, width, ct, 'ent');
}
function tplSocType(book, ct) {
  const o = book.o;
  const mk = (name, w) => { const rec = genRec('county', w); return { name, rec }; };
  const st = mk('社会团体', 0.45), sv = mk(pick(['社会服务机构', '民办非企业单位', '社会服务机构（民办非企业单位）']), 0.5), jj = mk('基金会', 0.02);
  const rows = [];
  const total = { label: ct.total, rec: sumRec([st.rec, sv.rec, jj.rec]), kind: 'total', memberSets: [] };
  const top = chance(0.7);
  if (top) rows.push(total);
  const s0 = rows.length;
  rows.push({ ...indentLabel(st.name, top ? 1 : 0, o), rec: st.rec, kind: 'unit' });
  const withSub = chance(0.7);
  if (withSub) rows.push({ ...indentLabel('其中：行业协会商会', top ? 2 : 1, o), rec: subsetRec(st.rec, (p) => Math.max(1, Math.round(p.E * (0.2 + R() * 0.3)))), kind: 'subset', parent: s0 });
  const s1 = rows.length; rows.push({ ...indentLabel(sv.name, top ? 1 : 0, o), rec: sv.rec, kind: 'unit' });
  const s2 = rows.length; rows.push({ ...indentLabel(jj.name, top ? 1 : 0, o), rec: jj.rec, kind: 'unit' });
  total.memberSets.push([s0, s1, s2]);
  if (!top) rows.push(total);
  const two = chance(0.35);
  const cols = two ? twoCols(twoItems(['soc']), o, periodLabels(o), false) : singleCols('soc', 'cur', pick([['E', 'O', 'Os', 'Oj', 'C', 'CR', 'P', 'G'], ['E', 'Os', 'Oj', 'C', 'CR', 'P', 'F', 'Y', 'N'], ['E', 'O', 'C', 'CR', 'P', 'Y', 'D', 'G']]), o, pick(['flat', 'grp', 'qz']), false);
  const sh = book.sheet(pick(['社会组织', 'Sheet1', '表4', '分类型']));
  const width = 1 + cols.length;
  const r0 = frame(sh, o, width, `${ct.full}社会组织党建工作情况统计表（按类型）`, null, pick(UNITTEXT), `填报单位：${ct.full}委社会工作部`);
  const t = renderTable(book, sh, { r0, c0: 1, cols, rows, nameHdr: pick(['类型', '社会组织类型', '项目']), lanci: o.lanci });
  footer(sh, o, t.endRow + 1, width, ct, 'soc');
}
function tplTrans(book, ct) {
  const o = book.o;
  const units = stdUnits(ct, chance(0.5));
  o.blankAfterTotal = false;
  const { rows } = buildRows(units, pick(['A', 'A', 'B', 'E']), ct, o);
  const both = chance(0.6);
  let cols = singleCols('ent', 'cur', pick(ENT_PRESETS), o, 'flat', both);
  if (both) cols = cols.concat(singleCols('soc', 'cur', pick(SOC_PRESETS), o, 'flat', true));
  const sh = book.sheet(pick(['Sheet1', '分乡镇', '汇总表', '表1']));
  const unitCol = chance(0.5);
  const width = (both ? 2 : 1) + (unitCol ? 1 : 0) + rows.length;
  const r0 = frame(sh, o, width, `${ct.full}${yearTag(o)}“两新”组织党建工作主要指标（分乡镇）`, null, unitCol ? null : pick(UNITTEXT), null);
  const t = renderTable(book, sh, { r0, c0: 1, cols, rows, orient: 't', unitCol, indHdr: pick(['指标', '项目', '指标名称']) });
  footer(sh, o, t.endRow + 1, width, ct, 'ent');
}
const CNUM = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];
function tplIndicator(book, ct) {
  const o = book.o;
  const rec = sumRec(stdUnits(ct).map((u) => u.rec));
  const L = periodLabels(o, chance(0.3));
  const sh = book.sheet(pick(['Sheet1', '主要指标', '基本情况', `${o.year}年`]));
  const unitCol = chance(0.6), hasG = chance(0.8);
  const pcols = hasG ? ['prev', 'cur', 'd', 'g'] : ['prev', 'cur', 'd'];
  const width = 1 + (unitCol ? 1 : 0) + pcols.length + (chance(0.3) ? 1 : 0);
  let r = frame(sh, o, width, `${ct.full}非公有制企业和社会组织党建工作基本情况`, null, unitCol ? null : pick(UNITTEXT), `填报单位：${ct.full}委两新工委`);
  const hr = r; const c0 = 1;
  sh.set(hr, c0, '指标名称', HDR);
  if (unitCol) sh.set(hr, c0 + 1, '计量单位', HDR);
  const dc0 = c0 + (unitCol ? 2 : 1);
  pcols.forEach((p, j) => sh.set(hr, dc0 + j, p === 'd' ? L.d + (chance(0.5) ? '' : '（个、名、百分点）') : L[p], HDR));
  if (width > dc0 + pcols.length - 1) sh.set(hr, width, '备注', HDR);
  r = hr + 1;
  const items = [];
  const entF = pick([['E', 'S', 'O', 'Os', 'Oj', 'C', 'CR', 'P', 'F', 'Y', 'D', 'N', 'G'], ['E', 'S', 'O', 'Os', 'Oj', 'C', 'CR', 'P', 'Y', 'G'], ['E', 'O', 'Os', 'Oj', 'C', 'CR', 'P', 'F', 'D']]);
  const socF = pick([['E', 'T1', 'T2', 'T3', 'O', 'Os', 'Oj', 'C', 'CR', 'P', 'G'], ['E', 'O', 'C', 'CR', 'P'], ['E', 'T1', 'T2', 'T3', 'O', 'C', 'CR', 'P']]);
  const LAB = {
    E: ['企业数', '社会组织数'], S: ['其中：规模以上企业', '其中：行业协会商会'], O: ['建立党组织数', '建立党组织数'], Os: ['其中：单独建立', '其中：单独建立'], Oj: ['联合建立', '联合建立'], C: ['党组织覆盖企业数', '党组织覆盖社会组织数'], CR: ['党组织覆盖率', '党组织覆盖率'],
    P: ['党员数', '党员数'], F: ['其中：女党员', '其中：女党员'], Y: ['35岁及以下', '35岁及以下'], D: ['大专及以上学历', '大专及以上学历'], N: ['无党员企业数', '无党员社会组织数'], G: ['选派党建指导员数', '党建指导员数'], T1: ['其中：社会团体', '其中：社会团体'], T2: ['社会服务机构', '社会服务机构'], T3: ['基金会', '基金会'],
  };
  const SUB = ['S', 'Os', 'Oj', 'F', 'Y', 'D', 'T1', 'T2', 'T3'];
  const UNIT = { CR: '%', P: '名', F: '名', Y: '名', D: '名', G: '名' };
  const refs = {};
  [['ent', entF, '非公有制企业'], ['soc', socF, '社会组织']].forEach(([blk, fl, bname], bi) => {
    sh.set(r, c0, `${CNUM[bi]}、${bname}`, { bold: true, align: 'left' }); r++;
    let n = 0, prevSub = false;
    for (const f of fl) {
      const lab = LAB[f][blk === 'ent' ? 0 : 1].replace(/^其中：/, '');
      const isSub = SUB.includes(f);
      const firstSub = isSub && !prevSub; prevSub = isSub;
      const text = isSub ? (firstSub ? '　　其中：' + lab : '　　　　　' + lab) : `（${CNUM[n++]}）${lab}${unitCol ? '' : (f === 'CR' ? '（%）' : UNIT[f] ? '（名）' : '（个）')}`;
      sh.set(r, c0, text, { align: 'left' });
      if (unitCol) sh.set(r, c0 + 1, UNIT[f] || '个', CTR);
      pcols.forEach((p, j) => {
        let per = p, d = f === 'CR' ? o.d : o.dg;
        if (f === 'CR' && p === 'd') per = 'pp';
        if (f === 'CR' && p === 'g') { if (o.dash) sh.set(r, dc0 + j, o.dash, CTR); return; }
        const col = mkCol(blk, per, f, d, [], '', bname);
        const ref = putData(book, sh, r, dc0 + j, col, { rec, kind: 'single' });
        if (ref) refs[`${blk}.${per}.${f}`] = { ref, d: col.d };
      });
      r++;
    }
  });
  sh.box(hr, c0, r - 1, width);
  sh.widths[c0] = 30;
  const kr = autoRels((k) => !!refs[k], (k) => refs[k].d);
  for (const k of kr) { const x = inst(k, (key) => refs[key] && refs[key].ref); if (x) book.rels.push(x); }
  footer(sh, o, r, width, ct, 'ent');
}
function tplMulti(book, ct) {
  const o = book.o;
  const towns = shuffle(POOL_TOWN).slice(0, ri(4, 7)).map((n, k) => ({ name: n + (k === 0 && chance(0.5) ? '街道' : '镇'), type: 'town' }));
  const vnames = shuffle(POOL_VILLAGE);
  let vi = 0;
  for (const t of towns) {
    t.subs = [];
    const nv = ri(3, 8);
    for (let k = 0; k < nv; k++) t.subs.push({ name: vnames[vi++ % vnames.length] + (chance(0.3) ? '社区' : '村'), type: 'village', rec: genRec('village') });
    if (chance(0.4)) t.subs.push({ name: pick(['工业园区', '集镇', '商贸城']), type: 'village', rec: genRec('village', 3) });
    t.rec = sumRec(t.subs.map((s) => s.rec));
  }
  const both = chance(0.5);
  const entF = pick(ENT_PRESETS), socF = pick(SOC_PRESETS);
  const style = pick(['flat', 'grp', 'qz']);
  const mkCols = () => { let c = singleCols('ent', 'cur', entF, o, style, both); if (both) c = c.concat(singleCols('soc', 'cur', socF, o, style, true)); return c; };
  const cols = mkCols();
  const width = 1 + cols.length;
  // summary
  const sum = book.sheet(pick(['汇总', '全县汇总', '汇总表']));
  const { rows } = buildRows(towns, pick(['A', 'B']), ct, o);
  let r0 = frame(sum, o, width, `${ct.full}${yearTag(o)}两新组织党建工作情况汇总表`, null, pick(UNITTEXT), null);
  const ts = renderTable(book, sum, { r0, c0: 1, cols, rows, nameHdr: '乡镇（街道）', lanci: o.lanci });
  footer(sum, o, ts.endRow + 1, width, ct, 'ent');
  for (const t of towns) {
    const sh = book.sheet(t.name);
    const top = rows[0].kind === 'total' ? chance(0.8) : chance(0.2);
    const trows = [];
    const tot = { label: pick(['合计', '全镇合计', '合　计']), rec: t.rec, kind: 'total', memberSets: [] };
    if (top) trows.push(tot);
    const s = trows.length; t.subs.forEach((v) => trows.push({ label: v.name, rec: v.rec, kind: 'unit' }));
    tot.memberSets.push(t.subs.map((_, k) => s + k));
    if (!top) trows.push(tot);
    const r1 = frame(sh, o, width, `${t.name}${yearTag(o)}两新组织党建工作情况统计表`, null, pick(UNITTEXT), `填报单位：中共${t.name}委员会`);
    const tt = renderTable(book, sh, { r0: r1, c0: 1, cols: mkCols(), rows: trows, nameHdr: pick(['村（社区）', '单位']), lanci: o.lanci });
    footer(sh, o, tt.endRow + 1, width, ct, 'ent');
    const ti = rows.findIndex((x) => x.label.replace(/^[　 ]+/, '') === t.name);
    const tti = trows.indexOf(tot);
    for (const c of cols) { const a = ts.cellRef[ti + '|' + c.key], b = tt.cellRef[tti + '|' + c.key]; if (a && b) book.rels.push({ t: 'eq', target: a, a: b }); }
  }
}
function tplCont(book, ct) {
  const o = book.o;
  const units = stdUnits(ct);
  const { rows } = buildRows(units, pick(['A', 'B', 'C', 'E']), ct, o);
  const style = pick(['flat', 'grp', 'qz']);
  const c1 = singleCols('ent', 'cur', pick(ENT_PRESETS), o, style, true);
  const c2 = singleCols('soc', 'cur', pick(SOC_PRESETS), o, style, true);
  const n1 = pick([['表1', '表1（续）'], ['非公企业', '续表'], ['Sheet1', 'Sheet2'], ['表一', '表一续']]);
  const s1 = book.sheet(n1[0]);
  let r0 = frame(s1, o, 1 + c1.length, `${ct.full}${yearTag(o)}两新组织党建工作统计表`, null, pick(UNITTEXT), null);
  let t = renderTable(book, s1, { r0, c0: 1, cols: c1, rows, nameHdr: '单位', lanci: o.lanci });
  if (chance(0.5)) footer(s1, o, t.endRow + 1, 1 + c1.length, ct, 'ent');
  const s2 = book.sheet(n1[1]);
  r0 = frame(s2, o, 1 + c2.length, `${ct.full}${yearTag(o)}两新组织党建工作统计表（续表）`, null, pick(UNITTEXT), null);
  t = renderTable(book, s2, { r0, c0: 1, cols: c2, rows, nameHdr: '单位', lanci: o.lanci });
  footer(s2, o, t.endRow + 1, 1 + c2.length, ct, 'soc');
}
function tplStacked(book, ct) {
  const o = book.o;
  const units = stdUnits(ct, chance(0.5));
  const v = pick(['A', 'B']);
  const { rows } = buildRows(units, v, ct, o);
  const c1 = singleCols('ent', 'cur', pick(ENT_PRESETS), o, 'flat', false);
  const c2 = singleCols('soc', 'cur', pick(SOC_PRESETS), o, 'flat', false);
  const width = 1 + Math.max(c1.length, c2.length);
  const sh = book.sheet(pick(['Sheet1', '统计表', `${o.year}年度`]));
  let r = frame(sh, o, width, `${ct.full}${yearTag(o)}“两新”组织党组织和党员情况`, null, null, null);
  sh.set(r, 1, pick(['一、非公有制企业党建工作情况', '（一）非公有制企业']), { bold: true, align: 'left' });
  if (o.unitLine) sh.set(r, width, pick(UNITTEXT), { align: 'right' });
  let t = renderTable(book, sh, { r0: r + 1, c0: 1, cols: c1, rows, nameHdr: '单位' });
  r = t.endRow + 2;
  if (chance(0.5)) r++;
  sh.set(r, 1, pick(['二、社会组织党建工作情况', '（二）社会组织']), { bold: true, align: 'left' });
  const rows2 = buildRows(units, v, ct, o).rows;
  t = renderTable(book, sh, { r0: r + 1, c0: 1, cols: c2, rows: rows2, nameHdr: '单位' });
  footer(sh, o, t.endRow + 1, width, ct, 'soc');
}
function tplSide(book, ct) {
  const o = book.o;
  const units = stdUnits(ct);
  const { rows } = buildRows(units, pick(['A', 'B', 'C']), ct, o);
  const blk = chance(0.7) ? 'ent' : 'soc';
  const fl = pick([['E', 'O', 'C', 'CR', 'P'], ['E', 'C', 'CR'], ['E', 'Os', 'Oj', 'C', 'CR', 'P'], ['E', 'O', 'C', 'CR']]);
  const y = o.year;
  const lp = pick([[`${y - 1}年`, `${y}年`], ['上年末', '本年末'], [`${y - 1}年底`, `${y}年底`]]);
  const cols = [];
  const lab = (f) => leafLabel(blk, f, fl, { unitInHdr: false });
  for (const [per, pl] of [['prev', lp[0]], ['cur', lp[1]]]) for (const f of fl) cols.push(mkCol(blk, per, f, f === 'CR' ? o.d : o.dg, [pl, lab(f).replace(/^其中：/, '')], lab(f), pl));
  const gl = pick(['增减', '增减情况', '比上年增减']);
  for (const f of fl) cols.push(mkCol(blk, f === 'CR' ? 'pp' : 'd', f, o.d, [gl, f === 'CR' ? '覆盖率（百分点）' : lab(f).replace(/（%）/, '').replace(/^其中：/, '')], lab(f), gl));
  if (chance(0.4)) for (const f of fl.filter((x) => x === 'E' || x === 'P')) cols.push(mkCol(blk, 'g', f, o.dg, ['增长（%）', lab(f).replace(/^其中：/, '')], lab(f), '增长'));
  const sh = book.sheet(pick(['Sheet1', '对比', '两年对比']));
  const width = 1 + cols.length;
  const r0 = frame(sh, o, width, `${ct.full}${blk === 'ent' ? '非公有制企业' : '社会组织'}党组织覆盖情况（${y - 1}—${y}年）`, null, pick(UNITTEXT), null);
  const t = renderTable(book, sh, { r0, c0: 1, cols, rows, nameHdr: pick(['单位', '乡镇（街道）']), lanci: o.lanci });
  footer(sh, o, t.endRow + 1, width, ct, blk);
}
function tplCity(book) {
  const o = book.o;
  const city = pick(['抚州', '宜春', '吉安', '上饶', '赣州', '池州', '安庆', '怀化']);
  const names = shuffle(POOL_COUNTY).slice(0, ri(6, 11));
  const units = names.map((n, k) => ({ name: n + (k < 2 ? '区' : pick(['县', '县', '市'])), type: 'county', rec: genRec('county') }));
  if (chance(0.5)) units.push({ name: `${city}高新区`, type: 'county', rec: genRec('zone') });
  const ct = { full: city + '市', name: city, total: pick(['全市', '全市合计', '合计']) };
  const { rows } = buildRows(units, pick(['A', 'B']), ct, o);
  const two = chance(0.4);
  let cols;
  if (two) cols = twoCols(twoItems(['ent', 'soc']), o, periodLabels(o), true);
  else cols = singleCols('ent', 'cur', pick(ENT_PRESETS), o, pick(['flat', 'grp', 'qz']), true).concat(singleCols('soc', 'cur', pick(SOC_PRESETS), o, 'flat', true));
  const sh = book.sheet(pick(['全市', 'Sheet1', '分县区']));
  const width = 1 + (o.seq ? 1 : 0) + cols.length;
  const r0 = frame(sh, o, width, `${city}市“两新”组织党建工作情况统计表（分县市区）`, `（${o.year}年度）`, pick(UNITTEXT), `填报单位：中共${city}市委两新工委`);
  const t = renderTable(book, sh, { r0, c0: 1, cols, rows, nameHdr: pick(['县（市、区）', '地区']), seq: o.seq, lanci: o.lanci });
  footer(sh, o, t.endRow + 1, width, ct, 'ent');
}
function addExplain(book, ct) {
  const sh = book.sheet(pick(['填表说明', '说明']));
  const lines = ['填表说明', `1.本表统计范围为${ct.full}辖区内登记注册的非公有制企业和社会组织。`, '2.党组织覆盖率保留1位小数，覆盖率增减以百分点表示。', '3.联合建立党组织的，覆盖企业数按实际覆盖企业逐一计算。', `4.请于${book.o.year + 1}年1月15日前报送县委组织部组织科，联系电话：0794-8226123。`];
  lines.forEach((l, k) => sh.set(k + 1, 1, l, { align: 'left', bold: k === 0 }));
  sh.widths[1] = 80;
}

function tplSplit(book, ct) {
  // one sheet, table printed in two parts: rows 1..k, then a "续表" caption with the header repeated, rows k+1..n and the total
  const o = book.o;
  const units = stdUnits(ct);
  const k = Math.ceil(units.length / 2);
  const style = pick(['flat', 'grp', 'qz']);
  const both = chance(0.6);
  const mk = () => { let c = singleCols('ent', 'cur', pick(ENT_PRESETS), o, style, both); if (both) c = c.concat(singleCols('soc', 'cur', pick(SOC_PRESETS), o, style, true)); return c; };
  const cols = mk();
  const width = 1 + (o.seq ? 1 : 0) + cols.length;
  const sh = book.sheet(pick(['Sheet1', '统计表', '表1']));
  const top = chance(0.4);
  const total = { label: ct.total, rec: sumRec(units.map((u) => u.rec)), kind: 'total', memberSets: [] };
  let r0 = frame(sh, o, width, `${ct.full}${yearTag(o)}非公有制企业和社会组织党组织建设情况统计表`, null, pick(UNITTEXT), `填报单位：中共${ct.full}委组织部`);
  const rows1 = []; if (top) rows1.push(total);
  units.slice(0, k).forEach((u) => rows1.push({ label: u.name, rec: u.rec, kind: 'unit' }));
  const T1 = { r0, c0: 1, cols, rows: rows1, nameHdr: '单位', seq: o.seq, lanci: o.lanci };
  const t1 = renderTable(book, sh, T1);
  let r = t1.endRow + 2;
  sh.set(r, 1, pick(['续表', '（续表）', `续表1`]), { bold: true, align: 'left' }); r++;
  const rows2 = units.slice(k).map((u) => ({ label: u.name, rec: u.rec, kind: 'unit' }));
  if (!top) rows2.push(total);
  const t2 = renderTable(book, sh, { r0: r, c0: 1, cols, rows: rows2, nameHdr: '单位', seq: false, lanci: o.lanci });
  // total over both parts
  const ti = top ? 0 : rows2.length - 1, tref = top ? t1.cellRef : t2.cellRef;
  for (const c of cols) if (c.sum) {
    const t = tref[ti + '|' + c.key];
    const ps = [...rows1.map((x, i) => (x.kind === 'unit' ? t1.cellRef[i + '|' + c.key] : 'skip')), ...rows2.map((x, i) => (x.kind === 'unit' ? t2.cellRef[i + '|' + c.key] : 'skip'))].filter((x) => x !== 'skip');
    if (t && ps.every(Boolean)) book.rels.push({ t: 'sum', target: t, parts: ps });
  }
  footer(sh, o, t2.endRow + 1, width, ct, 'ent');
}

const TEMPLATES = { wide: tplWide, two: (b, c) => tplTwo(b, c, false), quarter: (b, c) => tplTwo(b, c, true), industry: tplIndustry, soctype: tplSocType, trans: tplTrans, indicator: tplIndicator, multi: tplMulti, cont: tplCont, stacked: tplStacked, side: tplSide, city: (b) => tplCity(b), split: tplSplit };

// ---------------------------------------------------------------- plants
function relsByRef(book) {
  const m = new Map();
  for (const r of book.rels) for (const ref of refsOf(r)) { if (!m.has(ref)) m.set(ref, []); m.get(ref).push(r); }
  return m;
}
function swapDigits(n) {
  const s = String(Math.abs(n));
  const idx = [];
  for (let i = 0; i + 1 < s.length; i++) if (s[i] !== s[i + 1] && !(i === 0 && s[i + 1] === '0')) idx.push(i);
  if (!idx.length) return null;
  const i = pick(idx);
  const t = s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2);
  return Math.sign(n || 1) * Number(t);
}
function mutate(type, m) {
  const v = m.lv, d = m.d;
  if (type === 'total' || type === 'part') {
    const delta = pick([1, 2, 3, 5, 10, 10, 20, 100]) * pick([1, -1]);
    let nv = v + delta; if (nv < 0) nv = v + Math.abs(delta);
    return nv;
  }
  if (type === 'rate') { let nv = roundD(v + pick([1, -1]) * ri(3, 60) / 10, d); if (nv < 0 || nv > 100) nv = roundD(v + (v > 50 ? -1 : 1) * ri(3, 30) / 10, d); return nv; }
  if (type === 'swap') {
    if (m.kind === 'count' || m.kind === 'diff') return swapDigits(v);
    const s = 10 ** d; const sw = swapDigits(Math.round(v * s)); return sw == null ? null : sw / s;
  }
  if (type === 'change') {
    if (m.kind === 'growth') return roundD(v + pick([1, -1]) * ri(5, 100) / 10, d);
    if (m.kind === 'pp') return roundD(v + pick([1, -1]) * ri(3, 30) / 10, d);
    return v + pick([1, -1]) * ri(1, 20);
  }
  return null;
}
function plantBook(book, n) {
  const byRef = relsByRef(book);
  const get = (ref) => { const m = book.cellIdx.get(ref); return m ? m.lv : null; };
  const cands = [...book.cellIdx.values()].filter((m) => (byRef.get(m.ref) || []).some((r) => r.t !== 'le'));
  const plants = [];
  const used = new Set();
  const hasChg = cands.some((m) => m.kind === 'growth' || m.kind === 'pp' || m.kind === 'diff');
  const TYPES = hasChg ? ['total', 'part', 'rate', 'swap', 'change', 'change'] : ['total', 'part', 'rate', 'swap'];
  for (let k = 0; k < n; k++) {
    for (let attempt = 0; attempt < 200; attempt++) {
      const type = pick(TYPES);
      const pool = cands.filter((m) => !used.has(m.ref) && (
        type === 'total' ? m.kind === 'count' && (m.role === 'total' || m.role === 'subtotal')
          : type === 'part' ? m.kind === 'count' && !(m.role === 'total' || m.role === 'subtotal')
            : type === 'rate' ? m.kind === 'rate'
              : type === 'swap' ? Math.abs(m.lv) >= 10 && m.kind !== 'growth'
                : (m.kind === 'growth' || m.kind === 'pp' || m.kind === 'diff')));
      if (!pool.length) continue;
      const m = pick(pool);
      const nv = mutate(type, m);
      if (nv == null || nv === m.lv || !Number.isFinite(nv)) continue;
      const old = m.lv; m.lv = nv;
      const broken = byRef.get(m.ref).some((r) => r.t !== 'le' && evalRel(r, get) === false);
      if (!broken) { m.lv = old; continue; }
      used.add(m.ref);
      plants.push({ sheet: m.sheet, cell: m.addr, was: old, now: nv, type });
      break;
    }
  }
  return plants;
}

// ---------------------------------------------------------------- writing
const BORDER = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
async function writeBook(book, file) {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'lxgw';
  for (const sh of book.sheets) {
    const ws = wb.addWorksheet(sh.name);
    for (const [r1, c1, r2, c2] of sh.boxes) for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) ws.getCell(r, c).border = BORDER;
    for (const [r1, c1, r2, c2] of sh.merges) ws.mergeCells(r1, c1, r2, c2);
    for (const cell of sh.cells.values()) {
      const x = ws.getCell(cell.r, cell.c);
      if (cell.meta) {
        const out = outOf(cell.meta, book.o);
        x.value = out.v;
        if (out.numFmt) x.numFmt = out.numFmt;
        x.alignment = { horizontal: 'right', vertical: 'middle' };
      } else {
        x.value = cell.v;
        const st = cell.st || {};
        if (st.numFmt) x.numFmt = st.numFmt;
        x.alignment = { horizontal: st.align || undefined, vertical: 'middle', wrapText: !!st.wrap, indent: st.indent || undefined };
        if (st.bold || st.size) x.font = { name: '宋体', bold: !!st.bold, size: st.size || 11 };
      }
    }
    let maxC = 1; for (const c of sh.cells.values()) maxC = Math.max(maxC, c.c);
    for (let c = 1; c <= maxC; c++) ws.getColumn(c).width = sh.widths[c] || 11;
  }
  await wb.xlsx.writeFile(file);
}

// ---------------------------------------------------------------- main
async function makeSet(dirName, plan, baseSeed) {
  const dir = path.join(ROOT, dirName);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const manifest = [], rels = {};
  for (let i = 0; i < plan.length; i++) {
    const { tpl, clean } = plan[i];
    seed(baseSeed + i * 7919);
    const o = bookOpts();
    const book = new Book(o);
    VARIANTS = [];
    const ct = makeCounty();
    TEMPLATES[tpl](book, ct);
    if (chance(0.12)) addExplain(book, ct);
    let plants = [];
    if (!clean) plants = plantBook(book, chance(0.6) ? 1 : 2);
    const file = `${dirName === 'cases' ? 'c' : 'p'}${String(i + 1).padStart(dirName === 'cases' ? 2 : 3, '0')}.xlsx`;
    await writeBook(book, path.join(dir, file));
    manifest.push({ file, clean: !!clean, plants: plants.map(({ sheet, cell, was, now }) => ({ sheet, cell, was, now })) });
    rels[file] = { tpl, variants: VARIANTS, opts: o, rels: book.rels, plantTypes: plants.map((p) => p.type) };
  }
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 1));
  fs.mkdirSync(path.join(ROOT, 'rel'), { recursive: true });
  fs.writeFileSync(path.join(ROOT, 'rel', dirName + '.json'), JSON.stringify(rels));
  console.log(dirName, plan.length, 'books,', manifest.filter((m) => !m.clean).length, 'planted,', manifest.reduce((a, m) => a + m.plants.length, 0), 'plants');
}
function makePlan(counts, nPlanted, s) {
  seed(s);
  const tpls = [];
  for (const [t, n] of Object.entries(counts)) for (let k = 0; k < n; k++) tpls.push(t);
  const order = shuffle(tpls);
  const plantIdx = new Set(shuffle(order.map((_, i) => i)).slice(0, nPlanted));
  return order.map((tpl, i) => ({ tpl, clean: !plantIdx.has(i) }));
}
(async () => {
  const casesPlan = makePlan({ wide: 6, two: 5, quarter: 2, industry: 5, soctype: 3, trans: 5, indicator: 4, multi: 4, cont: 3, stacked: 3, side: 2, city: 2, split: 1 }, 22, 8801);
  const probePlan = makePlan({ wide: 13, two: 9, quarter: 5, industry: 9, soctype: 6, trans: 11, indicator: 9, multi: 8, cont: 6, stacked: 7, side: 6, city: 6, split: 5 }, 30, 8802);
  await makeSet('cases', casesPlan, 880100);
  await makeSet('probe', probePlan, 880200);
})();
