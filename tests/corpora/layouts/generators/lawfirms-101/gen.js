// node gen.js SET SEED N [variant]  -> /tmp/round101a/SET/*.xlsx + manifest.json, relations in /tmp/round101a/rel/<file>.json
const ExcelJS = require('exceljs');
const fs = require('fs'), path = require('path');
const { evalRel, relCells } = require('./rel.js');
const [, , SET, SEEDS, NS, VARIANT = 'a', CLEANFRAC = '0.5'] = process.argv;
const ROOT = '/tmp/round101a';
let seed = Number(SEEDS) >>> 0;
function rnd() { seed = (seed + 0x6D2B79F5) >>> 0; let t = seed; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const ru = (a, b) => a + rnd() * (b - a);
const pick = (a) => a[Math.floor(rnd() * a.length)];
const chance = (p) => rnd() < p;
const shuffle = (a) => { a = a.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; };
const round = (x, d) => { const f = Math.pow(10, d); return Math.round(x * f + (x >= 0 ? 1e-9 : -1e-9)) / f; };
const V = VARIANT;
function col(c) { let s = ''; while (c > 0) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s; }
const A = (r, c) => col(c) + r;

const COUNTIES = ['城关区', '东城区', '西湖区', '高新区', '经开区', '临江县', '青山县', '石门县', '安平县', '永和县', '清河县', '南湖区', '北塘区', '凤凰县', '桃源县', '龙泉市', '白水县', '沙河市', '新城区', '平阳县', '江北区', '云溪区', '宁乡市', '浏阳市', '长丰县'];
const CITIES = { '长沙市': ['芙蓉区', '天心区', '岳麓区', '开福区', '雨花区', '望城区', '长沙县', '浏阳市', '宁乡市'], '株洲市': ['荷塘区', '芦淞区', '石峰区', '天元区', '渌口区', '醴陵市', '攸县'], '湘潭市': ['雨湖区', '岳塘区', '湘潭县', '湘乡市', '韶山市'], '衡阳市': ['珠晖区', '雁峰区', '石鼓区', '蒸湘区', '南岳区', '衡阳县', '衡南县', '耒阳市'], '岳阳市': ['岳阳楼区', '云溪区', '君山区', '岳阳县', '华容县', '湘阴县', '平江县', '汨罗市', '临湘市'], '常德市': ['武陵区', '鼎城区', '安乡县', '汉寿县', '澧县', '临澧县', '桃源县', '石门县', '津市市'] };
const TOWNS = ['城南街道', '城北街道', '东关街道', '西园街道', '新华街道', '龙井镇', '白沙镇', '石桥镇', '柳林镇', '花园乡', '马坪乡', '金山镇'];
const CNUM = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

// ---------- data units ----------
function lawUnit(scale) {
  const firms = Math.max(1, Math.round(scale * ru(0.5, 1.6)));
  const gz = chance(0.35) ? ri(0, Math.min(2, firms - 1 < 0 ? 0 : firms - 1)) : 0;
  const gr = Math.round((firms - gz) * ru(0.1, 0.45));
  const hh = firms - gz - gr;
  const lawyers = Math.round(firms * ru(3, 14)) + ri(0, 5);
  const party = Math.round(lawyers * ru(0.18, 0.45));
  const orgs = Math.min(firms, Math.round(firms * ru(0.7, 1.0)));
  const dj = Math.round(orgs * ru(0.2, 0.6));
  const lj = orgs - dj;
  const g = ru(-0.08, 0.2);
  const party_prev = Math.max(1, Math.round(party / (1 + g)));
  const firms_prev = Math.max(1, Math.round(firms / (1 + ru(-0.05, 0.15))));
  const orgs_prev = Math.min(firms_prev, Math.max(0, Math.round(orgs / (1 + ru(-0.05, 0.15)))));
  const lawyers_prev = Math.max(1, Math.round(lawyers / (1 + ru(-0.05, 0.18))));
  const party_new = ri(0, Math.max(1, Math.round(party * 0.08)));
  const zd = ri(0, Math.ceil(firms * 0.3)); // 选派党建指导员
  return { firms, hh, gr, gz, lawyers, party, orgs, dj, lj, party_prev, firms_prev, orgs_prev, lawyers_prev, party_new, zd };
}
function bandUnits() {
  const bands = pick([['10人以下', '10—29人', '30—99人', '100人及以上'], ['3人及以下', '4—10人', '11—30人', '31—50人', '51人以上'], ['小型（10人以下）', '中型（10—50人）', '大型（50人以上）']]);
  const avg = [4, 15, 50, 150, 180];
  const n = bands.length;
  return bands.map((b, i) => {
    const u = lawUnit(Math.round(ru(10, 60) / (i + 1)));
    const a = n === 3 ? [5, 25, 80][i] : n === 4 ? [5, 18, 50, 150][i] : [2, 7, 20, 40, 80][i];
    u.lawyers = Math.max(u.firms, Math.round(u.firms * a * ru(0.8, 1.2)));
    u.party = Math.round(u.lawyers * ru(0.18, 0.45));
    u.party_prev = Math.max(1, Math.round(u.party / (1 + ru(-0.08, 0.2))));
    u.lawyers_prev = Math.max(1, Math.round(u.lawyers / (1 + ru(-0.05, 0.18))));
    u.party_new = ri(0, Math.max(1, Math.round(u.party * 0.08)));
    const orate = i === 0 ? ru(0.55, 0.9) : ru(0.9, 1);
    u.orgs = Math.min(u.firms, Math.round(u.firms * orate));
    u.dj = i === 0 ? Math.round(u.orgs * ru(0.05, 0.3)) : Math.round(u.orgs * ru(0.6, 1));
    u.lj = u.orgs - u.dj;
    u.orgs_prev = Math.min(u.firms_prev, Math.round(u.orgs / (1 + ru(-0.05, 0.15))));
    return { label: b, data: u };
  });
}
function industryUnits() {
  const inds = shuffle(['律师事务所', '会计师事务所', '税务师事务所', '资产评估机构', '专利代理机构', '司法鉴定机构', '公证机构', '基层法律服务所']).slice(0, ri(4, 7));
  return inds.map((n) => ({ label: n, data: lawUnit(ri(5, 60)) }));
}
function sumData(list) { const o = {}; for (const e of list) for (const k in e.data) o[k] = (o[k] || 0) + e.data[k]; return o; }

// ---------- measures ----------
function lawMeasures(opts) {
  const m = [];
  const pct = opts.pctFrac ? '(%)' : '（%）';
  m.push({ key: 'firms', name: '律师事务所数', short: '合计', group: '律师事务所（个）', unit: '个', t: 'int' });
  const parts = opts.firmParts;
  if (parts) {
    for (const [k, n] of [['hh', '合伙所'], ['gr', '个人所'], ['gz', '国资所']]) if (parts.includes(k)) m.push({ key: k, name: n, short: n, group: '律师事务所（个）', unit: '个', t: 'int', sub: true, of: 'firms' });
  }
  m.push({ key: 'lawyers', name: '执业律师数', short: '合计', group: '执业律师（人）', unit: '人', t: 'int' });
  m.push({ key: 'party', name: '党员律师数', short: '党员律师', group: '执业律师（人）', unit: '人', t: 'int', sub: true, of: 'lawyers', single: true });
  if (opts.share) m.push({ key: 'partyShare', name: '党员律师占比' + pct, short: '党员占比' + pct, group: '执业律师（人）', unit: '%', t: 'rate', num: 'party', den: 'lawyers', tag: 'share' });
  if (opts.growth) { m.push({ key: 'party_prev', name: '上年党员律师数', short: '上年同期', group: '执业律师（人）', unit: '人', t: 'int' }); m.push({ key: 'partyG', name: '党员律师比上年增长' + pct, short: '比上年增长' + pct, group: '执业律师（人）', unit: '%', t: 'growth', cur: 'party', prev: 'party_prev' }); }
  m.push({ key: 'orgs', name: '建立党组织的律所数', short: '合计', group: '建立党组织的律所（个）', unit: '个', t: 'int' });
  if (opts.orgParts) { m.push({ key: 'dj', name: '单独建', short: '单独建', group: '建立党组织的律所（个）', unit: '个', t: 'int', sub: true, of: 'orgs' }); m.push({ key: 'lj', name: '联合建', short: '联合建', group: '建立党组织的律所（个）', unit: '个', t: 'int', sub: true, of: 'orgs' }); }
  m.push({ key: 'cover', name: '党组织覆盖率' + pct, short: '覆盖率' + pct, group: '建立党组织的律所（个）', unit: '%', t: 'rate', num: 'orgs', den: 'firms', tag: 'rate' });
  if (opts.pp) { m.push({ key: 'cover_prev', name: '上年覆盖率' + pct, short: '上年覆盖率' + pct, group: '建立党组织的律所（个）', unit: '%', t: 'rate', num: 'orgs_prev', den: 'firms_prev', tag: 'rateprev', hiddenSrc: true }); m.push({ key: 'coverPP', name: '覆盖率比上年增减（百分点）', short: '增减（百分点）', group: '建立党组织的律所（个）', unit: '百分点', t: 'pp', cur: 'cover', prev: 'cover_prev' }); }
  if (opts.shareOfTotal) m.push({ key: 'firmShare', name: '律所数占全市比重' + pct, short: '占比重' + pct, group: '律师事务所（个）', unit: '%', t: 'shareTot', num: 'firms', tag: 'share' });
  if (opts.zd) m.push({ key: 'zd', name: '选派党建指导员（人）', short: '党建指导员（人）', group: null, unit: '人', t: 'int' });
  return m;
}
function indMeasures(pctFrac) {
  const pct = '（%）';
  return [
    { key: 'firms', name: '机构数', short: '机构数（个）', group: null, unit: '个', t: 'int' },
    { key: 'lawyers', name: '从业人员', short: '合计', group: '从业人员（人）', unit: '人', t: 'int' },
    { key: 'party', name: '其中：党员', short: '其中：党员', group: '从业人员（人）', unit: '人', t: 'int', sub: true, of: 'lawyers', single: true },
    { key: 'partyShare', name: '党员占比' + pct, short: '党员占比' + pct, group: '从业人员（人）', unit: '%', t: 'rate', num: 'party', den: 'lawyers', tag: 'share' },
    { key: 'orgs', name: '建立党组织机构数', short: '合计', group: '已建党组织的机构（个）', unit: '个', t: 'int' },
    { key: 'dj', name: '单独建', short: '单独建', group: '已建党组织的机构（个）', unit: '个', t: 'int', sub: true, of: 'orgs' },
    { key: 'lj', name: '联合建', short: '联合建', group: '已建党组织的机构（个）', unit: '个', t: 'int', sub: true, of: 'orgs' },
    { key: 'cover', name: '覆盖率' + pct, short: '覆盖率' + pct, group: '已建党组织的机构（个）', unit: '%', t: 'rate', num: 'orgs', den: 'firms', tag: 'rate' },
  ];
}

// ---------- sheet object ----------
function newSheet(name) { return { name, cells: new Map(), merges: [], rels: [], fmts: new Map(), tags: new Map(), widths: {} }; }
function put(sh, r, c, v, fmt) { sh.cells.set(A(r, c), v); if (fmt) sh.fmts.set(A(r, c), fmt); }
function merge(sh, r1, c1, r2, c2, v) { if (v !== undefined) put(sh, r1, c1, v); if (r1 !== r2 || c1 !== c2) sh.merges.push(`${A(r1, c1)}:${A(r2, c2)}`); }
function rel(sh, r, tag) { r.tag = tag; sh.rels.push(r); }

// style per book
function mkStyle() {
  return {
    dec: chance(0.55) ? 2 : 1, frac: V === 'b' ? chance(0.35) : chance(0.15), gdec: chance(0.7) ? 1 : 2,
    text: V === 'b' ? chance(0.4) : chance(0.2), dash: pick(['0', '—', '', '-']),
  };
}
function fmtInt(st, v) {
  if (v === 0 && st.dash !== '0') return st.dash === '' ? null : st.dash;
  if (st.text && chance(0.25)) return String(v);
  return v;
}

function titleBlock(sh, ncols, title, st, unitText) {
  let r = 1;
  if (chance(0.15)) { put(sh, r, 1, pick(['附件1', '附表2', '表3'])); r++; }
  merge(sh, r, 1, r, ncols, title); r++;
  if (chance(0.8)) {
    const left = pick(['填报单位：' + pick(['市司法局', '县司法局律师工作股', '市律师行业党委', '省律师行业党委']), '', '统计截止时间：2024年12月31日']);
    if (left && ncols >= 4) { put(sh, r, 1, left); put(sh, r, ncols, unitText); }
    else put(sh, r, chance(0.5) ? 1 : ncols, unitText);
    r++;
  }
  return r;
}
function notes(sh, r, ncols) {
  if (chance(0.7)) {
    r++;
    const ns = ['注：1.党组织覆盖率=建立党组织的律所数÷律所总数×100%；2.联合建指与其他律所联合组建党组织。', '说明：本表数据截至2024年12月31日，党员律师含预备党员。', '注：国资所含公职律师事务所。'];
    put(sh, r, 1, pick(ns)); r++;
  }
  if (chance(0.7)) { put(sh, r, 1, `填报人：${pick(['张敏', '李伟', '王芳', '刘洋'])}    审核人：${pick(['陈刚', '赵丽', '周军'])}    填报日期：2025年1月${ri(3, 20)}日`); r++; }
  return r;
}

// entities: [{label, data, level(0 total,1 sub,2 leaf), kids}] already ordered for display; returns cell address map
function valueOf(m, d, st, totD) {
  if (m.t === 'int') return d[m.key];
  if (m.t === 'rate') { if (!d[m.den]) return null; return st.frac ? round(d[m.num] / d[m.den], st.dec + 2) : round(d[m.num] / d[m.den] * 100, st.dec); }
  if (m.t === 'shareTot') { return st.frac ? round(d[m.num] / totD[m.num], st.dec + 2) : round(d[m.num] / totD[m.num] * 100, st.dec); }
  return undefined; // growth, pp computed after
}
// ---------- layout A: entities as rows ----------
function tableRows(sh, st, opt) {
  const { ents, ms, title, entHead } = opt;
  const seq = chance(0.35);
  const c0 = seq ? 2 : 1;
  const ncols = c0 + ms.length;
  let r = titleBlock(sh, ncols, title, st, pick(['单位：个、人、%', '单位：个，人', '计量单位：个/人/%']));
  const hdrRows = opt.hdr;
  const hr0 = r;
  if (seq) merge(sh, r, 1, r + hdrRows - 1, 1, '序号');
  merge(sh, r, c0, r + hdrRows - 1, c0, entHead);
  // headers
  if (hdrRows === 1) { ms.forEach((m, i) => put(sh, r, c0 + 1 + i, (m.sub && !m.single ? (i > 0 && ms[i - 1].sub ? '' : '其中：') : '') + m.name + (m.t === 'int' && m.unit && !m.name.includes('（') ? `（${m.unit}）` : ''))); }
  else {
    let i = 0;
    while (i < ms.length) {
      const g = ms[i].group; let j = i; while (j + 1 < ms.length && g && ms[j + 1].group === g) j++;
      if (!g || j === i) { merge(sh, r, c0 + 1 + i, r + hdrRows - 1, c0 + 1 + i, ms[i].group && ms[i].t === 'int' ? ms[i].group : ms[i].name); i++; continue; }
      merge(sh, r, c0 + 1 + i, r, c0 + 1 + j, g);
      if (hdrRows === 2) for (let k = i; k <= j; k++) put(sh, r + 1, c0 + 1 + k, (ms[k].sub && !ms[k].single && ms[k - 1] && !ms[k - 1].sub ? '其中：' : '') + ms[k].short);
      else {
        for (let k = i; k <= j; k++) {
          if (ms[k].sub) { let e = k; while (e + 1 <= j && ms[e + 1].sub) e++; if (ms[k].single) { merge(sh, r + 1, c0 + 1 + k, r + 2, c0 + 1 + k, '其中：' + ms[k].short); k = e; continue; } merge(sh, r + 1, c0 + 1 + k, r + 1, c0 + 1 + e, '其中'); for (let q = k; q <= e; q++) put(sh, r + 2, c0 + 1 + q, ms[q].short); k = e; }
          else merge(sh, r + 1, c0 + 1 + k, r + 2, c0 + 1 + k, ms[k].short);
        }
      }
      i = j + 1;
    }
  }
  r += hdrRows;
  if (chance(0.2)) { put(sh, r, c0, '甲'); ms.forEach((m, i) => put(sh, r, c0 + 1 + i, i + 1)); r++; }
  const rowOf = new Map(); let n = 0;
  const totD = ents.find((e) => e.level === 0).data;
  for (const e of ents) {
    rowOf.set(e, r);
    if (seq && e.level === 2) put(sh, r, 1, ++n);
    put(sh, r, c0, e.disp || e.label);
    if (e.level === -1) { r++; continue; }
    ms.forEach((m, i) => {
      const c = c0 + 1 + i; let v = valueOf(m, e.data, st, totD);
      if (m.t === 'int') v = fmtInt(st, v);
      if (v !== undefined) put(sh, r, c, v, m.t === 'int' ? null : (st.frac ? (st.dec === 2 ? '0.00%' : '0.0%') : (st.dec === 2 ? '0.00' : '0.0')));
    });
    r++;
  }
  if (opt.extraRow) { const e = opt.extraRow; put(sh, r, c0, e.label); ms.forEach((m, i) => { const v = valueOf(m, e.data, st, totD); if (m.t !== 'shareTot' && v !== undefined) put(sh, r, c0 + 1 + i, m.t === 'int' ? v : v, m.t === 'int' ? null : (st.frac ? '0.0%' : '0.0')); if (m.t === 'rate' && v !== null) { const ad = (k) => A(r, c0 + 1 + ms.findIndex((x) => x.key === k)); if (ms.find((x) => x.key === m.num) && ms.find((x) => x.key === m.den)) rel(sh, { t: 'rate', cell: A(r, c0 + 1 + i), num: ad(m.num), den: ad(m.den), k: st.frac ? 1 : 100, tol: 0.5 * Math.pow(10, -(st.dec + (st.frac ? 2 : 0))) + 1e-9 }, 'extra'); } }); r++; }
  // growth/pp cells + relations
  const ci = (k) => { const i = ms.findIndex((m) => m.key === k); return i < 0 ? -1 : c0 + 1 + i; };
  for (const e of ents) {
    if (e.level === -1) continue;
    const rr = rowOf.get(e), d = e.data;
    ms.forEach((m, i) => {
      const c = c0 + 1 + i, ad = A(rr, c);
      if (m.t === 'int') {
        if (m.sub && !m.single) { /* handled per group below */ }
        if (m.sub && m.single) rel(sh, { t: 'le', whole: A(rr, ci(m.of)), parts: [ad], tol: 0 }, 'le');
      }
      if (m.t === 'rate' && sh.cells.get(ad) != null && ci(m.num) > 0 && ci(m.den) > 0) rel(sh, { t: 'rate', cell: ad, num: A(rr, ci(m.num)), den: A(rr, ci(m.den)), k: st.frac ? 1 : 100, tol: 0.5 * Math.pow(10, -(st.dec + (st.frac ? 2 : 0))) + 1e-9 }, m.tag);
      if (m.t === 'shareTot') rel(sh, { t: 'rate', cell: ad, num: A(rr, ci('firms')), den: A(rowOf.get(ents.find((x) => x.level === 0)), ci('firms')), k: st.frac ? 1 : 100, tol: 0.5 * Math.pow(10, -(st.dec + (st.frac ? 2 : 0))) + 1e-9 }, 'share');
      if (m.t === 'growth') { const v = round((d[m.cur] / d[m.prev] - 1) * 100, st.gdec); put(sh, rr, c, v, st.gdec === 2 ? '0.00' : '0.0'); rel(sh, { t: 'growth', cell: ad, cur: A(rr, ci(m.cur)), prev: A(rr, ci(m.prev)), tol: 0.5 * Math.pow(10, -st.gdec) + 1e-9 }, 'growth'); }
      if (m.t === 'pp') { const cu = sh.cells.get(A(rr, ci(m.cur))), pv = sh.cells.get(A(rr, ci(m.prev))); if (cu == null || pv == null) return; const v = st.frac ? round((cu - pv) * 100, st.dec) : round(cu - pv, st.dec); put(sh, rr, c, v, st.dec === 2 ? '0.00' : '0.0'); if (!st.frac) rel(sh, { t: 'pp', cell: ad, cur: A(rr, ci(m.cur)), prev: A(rr, ci(m.prev)), tol: 1e-6 }, 'pp'); }
    });
    // 其中 groups
    const groups = {}; ms.forEach((m) => { if (m.t === 'int' && m.sub && !m.single) (groups[m.of] = groups[m.of] || []).push(m.key); });
    for (const of in groups) { const full = (of === 'firms' && groups[of].length === 3) || (of === 'orgs' && groups[of].length === 2); rel(sh, full ? { t: 'sum', total: A(rr, ci(of)), parts: groups[of].map((k) => A(rr, ci(k))), tol: 0 } : { t: 'le', whole: A(rr, ci(of)), parts: groups[of].map((k) => A(rr, ci(k))), tol: 0 }, full ? 'rowsum' : 'le'); }
  }
  // column sums
  for (const e of ents) if (e.kids) ms.forEach((m) => { if (m.t !== 'int') return; const c = ci(m.key); rel(sh, { t: 'sum', total: A(rowOf.get(e), c), parts: e.kids.map((k) => A(rowOf.get(k), c)), tol: 0 }, e.level === 0 ? 'colsum' : 'subsum'); });
  if (opt.leafTotal) { const tot = ents.find((e) => e.level === 0); ms.forEach((m) => { if (m.t !== 'int') return; const c = ci(m.key); rel(sh, { t: 'sum', total: A(rowOf.get(tot), c), parts: ents.filter((e) => e.level === 2).map((k) => A(rowOf.get(k), c)), tol: 0 }, 'leafsum'); }); }
  return notes(sh, r, ncols);
}
// ---------- layout B: measures as rows, entities as columns ----------
function tableCols(sh, st, opt) {
  const { ents, ms, title } = opt;
  const unitCol = chance(0.5);
  const c0 = unitCol ? 3 : 2;
  const ncols = c0 - 1 + ents.length;
  let r = titleBlock(sh, ncols, title, st, '单位：个、人、%');
  put(sh, r, 1, pick(['指标', '项目', '指标名称'])); if (unitCol) put(sh, r, 2, '计量单位');
  ents.forEach((e, i) => put(sh, r, c0 + i, e.label)); r++;
  const rowOf = {}; let gi = 0; const numb = chance(0.7);
  const totD = ents[0].data;
  ms.forEach((m, i) => {
    rowOf[m.key] = r;
    let lab;
    if (m.sub) lab = (ms[i - 1].sub ? '        ' : '    其中：') + m.name.replace('其中：', '');
    else if (m.t === 'int' && !m.sub) lab = (numb ? CNUM[gi++] + '、' : '') + m.name;
    else lab = '    ' + m.name;
    if (!unitCol && m.t === 'int' && !lab.includes('（')) lab += `（${m.unit}）`;
    put(sh, r, 1, lab); if (unitCol) put(sh, r, 2, m.unit === '%' ? '%' : m.unit);
    ents.forEach((e, j) => { let v = valueOf(m, e.data, st, totD); if (m.t === 'int') v = fmtInt(st, v); if (v !== undefined) put(sh, r, c0 + j, v, m.t === 'int' ? null : (st.frac ? (st.dec === 2 ? '0.00%' : '0.0%') : (st.dec === 2 ? '0.00' : '0.0'))); });
    r++;
  });
  ents.forEach((e, j) => {
    const c = c0 + j;
    const groups = {};
    ms.forEach((m) => {
      if (m.t === 'int' && m.sub && !m.single) (groups[m.of] = groups[m.of] || []).push(m.key);
      if (m.t === 'int' && m.sub && m.single) rel(sh, { t: 'le', whole: A(rowOf[m.of], c), parts: [A(rowOf[m.key], c)], tol: 0 }, 'le');
      if (m.t === 'rate' && sh.cells.get(A(rowOf[m.key], c)) != null) rel(sh, { t: 'rate', cell: A(rowOf[m.key], c), num: A(rowOf[m.num], c), den: A(rowOf[m.den], c), k: st.frac ? 1 : 100, tol: 0.5 * Math.pow(10, -(st.dec + (st.frac ? 2 : 0))) + 1e-9 }, m.tag);
    });
    for (const of in groups) { const full = (of === 'firms' && groups[of].length === 3) || (of === 'orgs' && groups[of].length === 2); rel(sh, full ? { t: 'sum', total: A(rowOf[of], c), parts: groups[of].map((k) => A(rowOf[k], c)), tol: 0 } : { t: 'le', whole: A(rowOf[of], c), parts: groups[of].map((k) => A(rowOf[k], c)), tol: 0 }, full ? 'rowsum' : 'le'); }
  });
  ms.forEach((m) => { if (m.t === 'int') rel(sh, { t: 'sum', total: A(rowOf[m.key], c0), parts: ents.slice(1).map((e, j) => A(rowOf[m.key], c0 + 1 + j)), tol: 0 }, 'colsum'); });
  return notes(sh, r, ncols);
}
// ---------- year comparison ----------
function tableYear(sh, st, opt) {
  const d = opt.data;
  const items = [['firms', 'firms_prev', '律师事务所', '个'], ['lawyers', 'lawyers_prev', '执业律师', '人'], ['party', 'party_prev', '党员律师', '人', true], ['share', null, '党员律师占比', '%'], ['orgs', 'orgs_prev', '建立党组织的律所', '个'], ['cover', null, '党组织覆盖率', '%']];
  const y = pick([2023, 2024]);
  const ncols = 6;
  let r = titleBlock(sh, ncols, `${opt.place}律师行业党建主要指标（${y}年）`, st, '单位：个、人、%');
  const cols = ['指标', '单位', `${y}年`, `${y - 1}年`, '比上年增减', '增长（%）'];
  cols.forEach((h, i) => put(sh, r, 1 + i, h)); r++;
  const rowOf = {};
  const dec = st.dec;
  const vals = { share: [round(d.party / d.lawyers * 100, dec), round(d.party_prev / d.lawyers_prev * 100, dec)], cover: [round(d.orgs / d.firms * 100, dec), round(d.orgs_prev / d.firms_prev * 100, dec)] };
  let gi = 0;
  for (const [k, kp, name, unit, sub] of items) {
    rowOf[k] = r;
    put(sh, r, 1, sub ? '  其中：' + name : unit === '%' ? '  ' + name : CNUM[gi++] + '、' + name); put(sh, r, 2, unit);
    if (kp) {
      put(sh, r, 3, fmtInt(st, d[k])); put(sh, r, 4, fmtInt(st, d[kp])); put(sh, r, 5, d[k] - d[kp]);
      const g = round((d[k] / d[kp] - 1) * 100, st.gdec); put(sh, r, 6, g, st.gdec === 2 ? '0.00' : '0.0');
      rel(sh, { t: 'pp', cell: A(r, 5), cur: A(r, 3), prev: A(r, 4), tol: 1e-6 }, 'diff');
      rel(sh, { t: 'growth', cell: A(r, 6), cur: A(r, 3), prev: A(r, 4), tol: 0.5 * Math.pow(10, -st.gdec) + 1e-9 }, 'growth');
    } else {
      put(sh, r, 3, vals[k][0], dec === 2 ? '0.00' : '0.0'); put(sh, r, 4, vals[k][1], dec === 2 ? '0.00' : '0.0'); put(sh, r, 5, round(vals[k][0] - vals[k][1], dec), dec === 2 ? '0.00' : '0.0'); put(sh, r, 6, '—');
      rel(sh, { t: 'pp', cell: A(r, 5), cur: A(r, 3), prev: A(r, 4), tol: 1e-6 }, 'pp');
    }
    r++;
  }
  for (const [col, ] of [[3], [4]]) {
    rel(sh, { t: 'le', whole: A(rowOf.lawyers, col), parts: [A(rowOf.party, col)], tol: 0 }, 'le');
    rel(sh, { t: 'rate', cell: A(rowOf.share, col), num: A(rowOf.party, col), den: A(rowOf.lawyers, col), k: 100, tol: 0.5 * Math.pow(10, -dec) + 1e-9 }, 'share');
    rel(sh, { t: 'rate', cell: A(rowOf.cover, col), num: A(rowOf.orgs, col), den: A(rowOf.firms, col), k: 100, tol: 0.5 * Math.pow(10, -dec) + 1e-9 }, 'rate');
  }
  if (chance(0.5)) { r++; put(sh, r, 1, '注：占比、覆盖率的增减单位为百分点。'); r++; }
  return notes(sh, r, ncols);
}
// ---------- monthly running ----------
function tableMonth(sh, st, opt) {
  const nm = ri(4, 12), y = 2024;
  const ncols = 5;
  let r = titleBlock(sh, ncols, `${opt.place}${y}年1—${nm}月律师行业党建工作进展情况`, st, '单位：个、名');
  merge(sh, r, 1, r + 1, 1, '月份'); merge(sh, r, 2, r, 3, '新组建律所党组织'); merge(sh, r, 4, r, 5, '新发展党员律师');
  put(sh, r + 1, 2, '本月'); put(sh, r + 1, 3, '累计'); put(sh, r + 1, 4, '本月'); put(sh, r + 1, 5, '累计'); r += 2;
  const totTop = chance(0.3);
  const firstR = r + (totTop ? 1 : 0);
  let ca = 0, cb = 0;
  const rows = [];
  for (let i = 1; i <= nm; i++) { const a = ri(0, 6), b = ri(0, 9); ca += a; cb += b; rows.push([a, ca, b, cb]); }
  if (totTop) { put(sh, r, 1, `1—${nm}月合计`); put(sh, r, 2, ca); put(sh, r, 4, cb); }
  rows.forEach((v, i) => { const rr = firstR + i; put(sh, rr, 1, `${i + 1}月`); v.forEach((x, j) => put(sh, rr, 2 + j, fmtInt(st, x)));
    for (const [mc, cc] of [[2, 3], [4, 5]]) rel(sh, { t: 'sum', total: A(rr, cc), parts: i === 0 ? [A(rr, mc)] : [A(rr - 1, cc), A(rr, mc)], tol: 0 }, 'running');
  });
  if (totTop) { rel(sh, { t: 'sum', total: A(r, 2), parts: rows.map((_, i) => A(firstR + i, 2)), tol: 0 }, 'colsum'); rel(sh, { t: 'sum', total: A(r, 4), parts: rows.map((_, i) => A(firstR + i, 4)), tol: 0 }, 'colsum'); }
  r = firstR + nm;
  return notes(sh, r, ncols);
}

// ---------- entity builders ----------
function flatEnts(units, totLabel, top) {
  const tot = { label: totLabel, data: sumData(units), level: 0, kids: units };
  units.forEach((u) => { u.level = 2; });
  return top ? [tot, ...units] : [...units, tot];
}
function nestedEnts(st) {
  const cities = shuffle(Object.keys(CITIES)).slice(0, ri(2, 4));
  const style = pick(['cityrow', 'xiaoji']);
  const totTop = style === 'cityrow' ? true : chance(0.5);
  const out = []; const subs = []; const leaves = [];
  const ind = chance(0.6) ? '  ' : '';
  for (const c of cities) {
    const ks = CITIES[c].slice(0, ri(3, CITIES[c].length)).map((n) => ({ label: n, disp: ind + n, data: lawUnit(ri(4, 40)), level: 2 }));
    const sub = { label: c, data: sumData(ks), level: 1, kids: ks };
    subs.push(sub); leaves.push(...ks);
    if (style === 'cityrow') out.push(sub, ...ks);
    else { out.push({ label: c, level: -1 }, ...ks); sub.disp = '    小计'; sub.label = c + '小计'; out.push(sub); }
  }
  const tot = { label: pick(['全省', '总计', '全省合计']), data: sumData(subs), level: 0, kids: subs };
  return { ents: totTop ? [tot, ...out] : [...out, tot], leafTotal: chance(0.5) };
}

// ---------- book ----------
function genSheet(kind, st, used) {
  let nm;
  const place = pick(['全市', '某市', '全县', '市本级']);
  const sh = () => { let n = pick({ county: ['分县区', '表1 律所党建', '各县（市、区）', 'Sheet1'], band: ['按规模', '表2 规模分组', '分规模'], cols: ['分地区', '横表', '汇总表'], year: ['同比', '主要指标', '年度对比'], month: ['月报', '进度', '1-12月'], nested: ['全省', '分市州', '汇总'], ind: ['行业', '专业服务机构', '分行业'] }[kind]); while (used.has(n)) n += '1'; used.add(n); return newSheet(n); };
  const s = sh();
  const mopts = () => ({ firmParts: chance(0.6) ? (chance(0.7) ? ['hh', 'gr', 'gz'] : ['hh', 'gr']) : null, orgParts: chance(0.7), share: chance(0.75), growth: chance(0.3), pp: !st.frac && chance(0.25), shareOfTotal: chance(0.15), zd: chance(0.2), pctFrac: false });
  const hdr = () => pick([1, 2, 2, 3]);
  if (kind === 'county' || kind === 'band') {
    const numb = chance(0.3);
    const units = kind === 'county' ? shuffle(COUNTIES).slice(0, ri(4, 12)).map((n, i) => ({ label: n, disp: (numb ? `${i + 1}.` : '') + n, data: lawUnit(ri(3, 60)) })) : bandUnits();
    const ents = flatEnts(units, pick(['合计', '总计', '全市', '全市合计']), chance(0.5));
    tableRows(s, st, { ents, ms: lawMeasures(mopts()), title: kind === 'county' ? `2024年${pick(['全市各县（市、区）', '各区县'])}律师行业党建工作情况统计表` : '律师事务所党组织建设情况（按律所规模分）', entHead: kind === 'county' ? pick(['地区', '县（市、区）', '单位']) : pick(['律所规模', '规模', '执业律师人数分组']), hdr: hdr() });
  } else if (kind === 'nested') {
    const { ents, leafTotal } = nestedEnts(st);
    const o = mopts(); o.shareOfTotal = false;
    tableRows(s, st, { ents, ms: lawMeasures(o), title: '全省律师行业党组织覆盖情况', entHead: '地区', hdr: hdr(), leafTotal });
  } else if (kind === 'ind') {
    const units = industryUnits();
    const ents = flatEnts(units, '合计', chance(0.5));
    const extra = chance(0.4) ? { label: pick(['另：行业协会', '附：行业协会（不计入合计）']), data: lawUnit(3) } : null;
    if (extra && ents[0].level === 0) { /* total top: extra after leaves at bottom */ }
    else if (extra) {}
    tableRows(s, st, { ents, ms: indMeasures(), title: '专业服务机构党建工作情况统计表', entHead: pick(['行业', '机构类别']), hdr: pick([1, 2]), extraRow: extra });
  } else if (kind === 'cols') {
    const units = shuffle(COUNTIES).slice(0, ri(3, 9)).map((n) => ({ label: n, data: lawUnit(ri(3, 60)), level: 2 }));
    const ents = [{ label: pick(['全市', '合计', '总计']), data: sumData(units), level: 0 }, ...units];
    const o = mopts(); o.growth = false; o.pp = false; o.shareOfTotal = false; o.zd = false;
    tableCols(s, st, { ents, ms: lawMeasures(o), title: '律师行业党建工作基本情况' });
  } else if (kind === 'year') {
    tableYear(s, st, { data: lawUnit(ri(30, 200)), place });
  } else if (kind === 'month') tableMonth(s, st, { place });
  return s;
}

function breaks(sh, changed) {
  const get = (a) => (changed && a === changed.a ? changed.v : sh.cells.get(a));
  return sh.rels.filter((r) => { const x = evalRel(r, get); return x !== null && x > 1e-9; });
}
function plantValue(v, kind, st, isFrac) {
  const n = typeof v === 'string' ? Number(v) : v;
  if (kind === 'rate' || kind === 'share') { let d = (isFrac ? 0.01 : 1) * ru(3, 9) * (chance(0.5) ? 1 : -1); let x = n + d; if (x < 0 || (isFrac ? x > 1 : x > 100)) x = n - d; return round(x, isFrac ? st.dec + 2 : st.dec); }
  if (kind === 'growth') return round(n + ru(4, 12) * (chance(0.5) ? 1 : -1), st.gdec);
  if (kind === 'pp') return round(n + ru(1.5, 4) * (chance(0.5) ? 1 : -1), st.dec);
  let d = Math.round(n * ru(0.05, 0.3)); if (d < 2) d = ri(2, 3); let x = chance(0.5) ? n + d : n - d; if (x < 0) x = n + d;
  return typeof v === 'string' ? String(x) : x;
}
const KINDS = process.env.ONLYKIND ? process.env.ONLYKIND.split(',') : ['total', 'part', 'subtotal', 'rate', 'share', 'growth', 'pp', 'running'];
function candidates(sh, kind) {
  const out = new Set();
  for (const r of sh.rels) {
    if (kind === 'total' && r.tag === 'colsum') out.add(r.total);
    if (kind === 'subtotal' && r.tag === 'subsum') out.add(r.total);
    if (kind === 'part' && (r.tag === 'colsum' || r.tag === 'rowsum')) for (const p of r.parts) if (!sh.rels.some((q) => (q.tag === 'colsum' || q.tag === 'subsum') && q.total === p)) out.add(p);
    if (kind === 'part' && r.tag === 'running') {}
    if ((kind === 'rate' || kind === 'share') && r.t === 'rate' && r.tag === kind) out.add(r.cell);
    if (kind === 'growth' && r.tag === 'growth') out.add(r.cell);
    if (kind === 'pp' && r.tag === 'pp') out.add(r.cell);
    if (kind === 'running' && r.tag === 'running') out.add(r.total);
  }
  return [...out].filter((a) => { const v = sh.cells.get(a); return v !== null && v !== undefined && v !== '—' && v !== '-' && v !== '' && Number.isFinite(Number(v)); });
}

async function main() {
  const N = Number(NS);
  const outDir = path.join(ROOT, SET); fs.rmSync(outDir, { recursive: true, force: true }); fs.mkdirSync(outDir, { recursive: true });
  const manifest = [];
  const kindsAll = ['county', 'county', 'band', 'cols', 'year', 'month', 'nested', 'ind'];
  const nClean = Math.round(N * Number(CLEANFRAC));
  for (let b = 0; b < N; b++) {
    const file = `${SET}_${String(b + 1).padStart(3, '0')}.xlsx`;
    let st, sheets, plants;
    for (let attempt = 0; ; attempt++) {
      st = mkStyle();
      const nsh = pick([1, 1, 2, 2, 3]);
      const used = new Set();
      sheets = [];
      const want = b >= nClean ? KINDS[(b - nClean) % KINDS.length] : null;
      const need = { subtotal: 'nested', running: 'month', pp: 'year', growth: 'year' }[want];
      for (let i = 0; i < nsh; i++) sheets.push(genSheet(i === 0 && need && chance(0.7) ? need : pick(kindsAll), st, used));
      for (const s of sheets) { const br = breaks(s); if (br.length) throw new Error(`gen bug ${file} ${s.name} ${JSON.stringify(br[0])}`); }
      plants = [];
      if (!want) break;
      const order = attempt < 30 ? [want] : [want, ...shuffle(KINDS.filter((k) => k !== want))];
      let done = false;
      for (const k of order) {
        const opts = [];
        for (const s of sheets) for (const a of candidates(s, k)) opts.push([s, a]);
        if (!opts.length) continue;
        let best = null;
        for (const [s, a] of shuffle(opts).slice(0, 40)) {
          const was = s.cells.get(a);
          const isFrac = (s.fmts.get(a) || '').includes('%');
          const now = plantValue(was, k, st, isFrac);
          if (Number(now) === Number(was)) continue;
          const br = breaks(s, { a, v: now });
          if (!br.length || br.some((r) => !relCells(r).includes(a))) continue;
          if (br.some((r) => evalRel(r, (x) => (x === a ? now : s.cells.get(x))) < (r.t === 'sum' || r.t === 'le' ? 0.99 : 0.3 * (isFrac ? 0.01 : 1)))) continue;
          if (!best || br.length < best.n) best = { s, a, was, now, n: br.length };
        }
        if (!best || best.n > (k === 'subtotal' ? 4 : k === 'running' ? 2 : 3)) continue;
        best.s.cells.set(best.a, best.now);
        plants.push({ sheet: best.s.name, cell: best.a, was: best.was, now: best.now, kind: k, broken: best.n });
        done = true; break;
      }
      if (done) break;
      if (attempt > 60) throw new Error('no plant ' + file);
    }
    manifest.push({ file, plants });
    fs.writeFileSync(path.join(ROOT, 'rel', file + '.json'), JSON.stringify(sheets.map((s) => ({ sheet: s.name, rels: s.rels })), null, 0));
    const wb = new ExcelJS.Workbook();
    for (const s of sheets) {
      const ws = wb.addWorksheet(s.name);
      for (const [a, v] of s.cells) { if (v === null || v === undefined) continue; const c = ws.getCell(a); c.value = v; const f = s.fmts.get(a); if (f && typeof v === 'number') c.numFmt = f; }
      for (const m of s.merges) { try { ws.mergeCells(m); } catch (e) { throw new Error(`merge ${file} ${s.name} ${m} ${e.message}`); } }
      ws.getColumn(1).width = 22;
    }
    await wb.xlsx.writeFile(path.join(outDir, file));
  }
  fs.writeFileSync(path.join(outDir, 'manifest.json'), JSON.stringify(manifest, null, 1));
  console.log(`${SET}: ${N} books, ${manifest.filter((m) => m.plants.length).length} planted`);
}
main().catch((e) => { console.error(e); process.exit(1); });
