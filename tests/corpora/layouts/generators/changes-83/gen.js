'use strict';
// Generator for party-organisation / party-member change workbooks (clean + planted twins).
// node gen.js            -> cases/ + manifest.json  and  probe/ + probe/manifest.json
const fs = require('fs');
const path = require('path');
const ExcelJS = require('/work/main/node_modules/exceljs');

// ---------------------------------------------------------------- rng
function mkRng(seed) {
  let a = seed >>> 0;
  const f = () => { a = (a + 0x6D2B79F5) >>> 0; let t = a; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
  return {
    f,
    int: (lo, hi) => lo + Math.floor(f() * (hi - lo + 1)),
    pick: (arr) => arr[Math.floor(f() * arr.length)],
    chance: (p) => f() < p,
    real: (lo, hi) => lo + f() * (hi - lo),
    sample: (arr, n) => { const c = arr.slice(); for (let i = c.length - 1; i > 0; i--) { const j = Math.floor(f() * (i + 1)); [c[i], c[j]] = [c[j], c[i]]; } return c.slice(0, n); },
  };
}

const TOWNS = ['城关镇', '东城街道', '西城街道', '南湖镇', '北山乡', '石桥镇', '柳林乡', '青山镇', '白沙镇', '河口乡', '新华街道', '龙泉镇', '马场乡', '三合镇', '双河镇', '太平乡', '高坪镇', '金山街道', '红旗乡', '杨柳镇', '黄土岭乡', '大营镇', '西关街道', '桃源镇'];
const COUNTIES = ['安平县', '临川县', '青阳县', '永宁县', '清河县', '长乐县', '平山县', '宁远县', '秀水县', '丰南县', '云溪县', '石门县'];
const CITIES = ['江城市', '云州市', '临海市', '安阳市'];
const DISTRICTS = ['城东区', '城西区', '高新区', '经开区', '北湖区', '南山区', '新城区', '东江县', '西岭县', '白河县', '清溪县', '梅山县'];
const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五', '十六', '十七', '十八', '十九', '二十'];

function opt(o, k, rng, choices) { if (o[k] === undefined) o[k] = rng.pick(choices); return o[k]; }

function numLabel(style, i, s) {
  switch (style) {
    case 'dot': return `${i + 1}.${s}`;
    case 'dun': return `${i + 1}、${s}`;
    case 'paren': return `（${CN[i]}）${s}`;
    case 'cn': return `${CN[i]}、${s}`;
    case 'indent': return `  ${s}`;
    default: return s;
  }
}

function roundHalfUp(x, dec) { const p = Math.pow(10, dec); const s = x < 0 ? -1 : 1; return s * Math.round(Math.abs(x) * p + 1e-7) / p; }
function disp(fmt, raw) {
  if (fmt === 'int') return raw;
  if (fmt === 'y2') return Math.round(raw) / 100; // raw in fen
  if (fmt === 'w2') return Math.round(raw / 1e4) / 100; // fen -> 万元
  throw new Error('disp ' + fmt);
}
const isRate = (fmt) => fmt === 'r1' || fmt === 'r2';
const decOf = (fmt) => (fmt === 'r1' ? 1 : 2);

// ---------------------------------------------------------------- table model
class Tbl {
  constructor(o) {
    Object.assign(this, { title: '', unit: '', labelHead: '单位', fields: [], ents: [], rowRels: [], extraRels: [], notes: [], dash: null, preLines: [] }, o);
  }
  field(key, p, fmt, extra) { this.fields.push(Object.assign({ key, path: p, fmt, role: 'part' }, extra || {})); }
  F(key) { return this.fields.find((f) => f.key === key); }
  ent(label, kind, extra) { this.ents.push(Object.assign({ label, kind, raw: {}, val: {} }, extra || {})); return this.ents.length - 1; }
}

// rowRels templates: {t:'lin', terms:[[c,key]]} (sum c*x = 0) ; {t:'le', a:key, b:key}
// ents: kind data | total (parts, mode sum|ts) | qz (parent) | blank | section
function computeRaw(t) {
  const done = new Set();
  const calc = (ei) => {
    if (done.has(ei)) return;
    const e = t.ents[ei];
    if (e.kind === 'total') {
      e.parts.forEach(calc);
      for (const f of t.fields) {
        if (f.fmt === 'text' || isRate(f.fmt)) continue;
        if (e.mode === 'ts' && f.role === 'open') e.raw[f.key] = t.ents[e.parts[0]].raw[f.key];
        else if (e.mode === 'ts' && f.role === 'close') e.raw[f.key] = t.ents[e.parts[e.parts.length - 1]].raw[f.key];
        else e.raw[f.key] = e.parts.reduce((s, p) => s + t.ents[p].raw[f.key], 0);
      }
    }
    done.add(ei);
  };
  t.ents.forEach((e, i) => calc(i));
}

function rateVal(e, f) {
  const n = f.num.reduce((s, [c, k]) => s + c * e.val[k], 0);
  const d = f.den.reduce((s, [c, k]) => s + c * e.val[k], 0);
  if (!d) return null;
  return roundHalfUp((n / d) * (f.mul || 100), decOf(f.fmt));
}

function finalize(t) {
  computeRaw(t);
  const rels = [];
  for (const e of t.ents) {
    if (e.kind === 'blank' || e.kind === 'section') continue;
    for (const f of t.fields) {
      if (f.fmt === 'text') e.val[f.key] = e.raw[f.key] == null ? '' : e.raw[f.key];
      else if (!isRate(f.fmt)) e.val[f.key] = disp(f.fmt, e.raw[f.key]);
    }
    for (const f of t.fields) if (isRate(f.fmt)) e.val[f.key] = rateVal(e, f);
  }
  const tolFor = (key, n) => (t.F(key).fmt === 'w2' ? 0.005 * n + 1e-9 : 1e-6);
  const linRel = (terms) => { const n = terms.reduce((s, x) => s + Math.abs(x[0]), 0); rels.push({ t: 'lin', terms, tol: tolFor(terms[0][2], n) }); };
  t.ents.forEach((e, ei) => {
    if (e.kind === 'blank' || e.kind === 'section') return;
    for (const r of t.rowRels) {
      if (r.t === 'lin') linRel(r.terms.map(([c, k]) => [c, ei, k]));
      else if (r.t === 'le') rels.push({ t: 'le', a: [[1, ei, r.a]], b: [[1, ei, r.b]] });
    }
    for (const f of t.fields) if (isRate(f.fmt) && e.val[f.key] != null) rels.push({ t: 'rate', out: [ei, f.key], num: f.num.map(([c, k]) => [c, ei, k]), den: f.den.map(([c, k]) => [c, ei, k]), dec: decOf(f.fmt), mul: f.mul || 100 });
    if (e.kind === 'total') {
      for (const f of t.fields) {
        if (f.fmt === 'text' || isRate(f.fmt)) continue;
        if (e.mode === 'ts' && f.role === 'open') linRel([[1, ei, f.key], [-1, e.parts[0], f.key]]);
        else if (e.mode === 'ts' && f.role === 'close') linRel([[1, ei, f.key], [-1, e.parts[e.parts.length - 1], f.key]]);
        else linRel([[1, ei, f.key], ...e.parts.map((p) => [-1, p, f.key])]);
      }
    }
    if (e.kind === 'qz') {
      for (const f of t.fields) if (f.fmt === 'int' && f.le !== false) rels.push({ t: 'le', a: [[1, ei, f.key]], b: [[1, e.parent, f.key]] });
    }
  });
  for (const r of t.extraRels) { if (r.t === 'lin') linRel(r.terms); else rels.push(r); }
  t.rels = rels;
  // self check
  const bad = checkRels(t, (ei, k) => t.ents[ei].val[k]);
  if (bad.length) return 'rel fail: ' + JSON.stringify(bad[0]);
  for (const e of t.ents) for (const f of t.fields) if (f.fmt === 'int' && f.nonneg !== false && e.val[f.key] < 0) return 'negative ' + e.label + f.key;
  return null;
}

function evalRel(r, get) {
  const sum = (terms) => terms.reduce((s, [c, ei, k]) => s + c * (get(ei, k) || 0), 0);
  if (r.t === 'lin') return Math.abs(sum(r.terms)) <= r.tol;
  if (r.t === 'le') return sum(r.a) <= sum(r.b) + 1e-9;
  if (r.t === 'rate') {
    const d = sum(r.den); if (!d) return true;
    const exact = (sum(r.num) / d) * r.mul;
    return Math.abs(get(r.out[0], r.out[1]) - exact) <= 0.5 * Math.pow(10, -r.dec) + 1e-7;
  }
  throw new Error('rel');
}
function checkRels(t, get) { return t.rels.filter((r) => !evalRel(r, get)); }

// build with retries
function build(builder, rng, o) {
  for (let i = 0; i < 400; i++) {
    const oo = Object.assign({}, o);
    const t = builder(rng, oo);
    const err = finalize(t);
    if (!err) { t.opts = oo; return t; }
    if (i === 399) throw new Error(builder.name + ': ' + err);
  }
}

// ---------------------------------------------------------------- entity helpers
function townEnts(t, rng, towns, o) {
  const totalPos = opt(o, 'totalPos', rng, ['top', 'bottom', 'bottom']);
  const totalLabel = opt(o, 'totalLabel', rng, o.city ? ['合计', '全市', '总计'] : ['合计', '全县', '总计', '合计']);
  const numbering = opt(o, 'numbering', rng, ['none', 'none', 'dot', 'dun', 'indent']);
  const subtotals = opt(o, 'subtotals', rng, [false, false, false, towns.length >= 6]);
  const blankBefore = opt(o, 'blankBeforeTotal', rng, [false, false, true]);
  const data = [];
  if (!subtotals) {
    const parts = [];
    let ti = null;
    if (totalPos === 'top') ti = t.ent(totalLabel, 'total', { parts, mode: 'sum' });
    towns.forEach((s, i) => { parts.push(t.ent(numLabel(numbering, i, s), 'data')); });
    if (totalPos === 'bottom') { if (blankBefore) t.ent('', 'blank'); ti = t.ent(totalLabel, 'total', { parts, mode: 'sum' }); }
    data.push(...parts);
    return { data, ti, totals: [ti] };
  }
  // grouped with subtotals
  const k = towns.length >= 9 ? 3 : 2;
  const names = rng.pick([['东片', '西片', '北片'], ['城区', '山区', '川区'], ['第一片区', '第二片区', '第三片区']]);
  const gparts = [];
  const totals = [];
  let ti = null;
  if (totalPos === 'top') ti = t.ent(totalLabel, 'total', { parts: gparts, mode: 'sum' });
  const per = Math.ceil(towns.length / k);
  for (let g = 0; g < k; g++) {
    const grp = towns.slice(g * per, (g + 1) * per);
    if (!grp.length) continue;
    const parts = [];
    const label = rng.pick([`${names[g]}小计`, `${CN[g]}、${names[g]}`, `${names[g]}`]);
    let si = null;
    if (totalPos === 'top') si = t.ent(label, 'total', { parts, mode: 'sum' });
    grp.forEach((s) => parts.push(t.ent('  ' + s, 'data')));
    if (totalPos === 'bottom') si = t.ent(label.endsWith('小计') ? label : '  小计', 'total', { parts, mode: 'sum' });
    gparts.push(si); totals.push(si); data.push(...parts);
  }
  if (totalPos === 'bottom') { if (blankBefore) t.ent('', 'blank'); ti = t.ent(totalLabel, 'total', { parts: gparts, mode: 'sum' }); }
  totals.push(ti);
  return { data, ti, totals };
}

const TYPES = [
  ['机关', 1.0], ['事业单位', 1.2], ['企业', 0.9, '非公有制企业'], ['社会组织', 0.4], ['农村', 3.0], ['社区', 0.6], ['其他', 0.15],
];
function typeEnts(t, rng, o) {
  const totalPos = opt(o, 'totalPos', rng, ['top', 'bottom']);
  const totalLabel = opt(o, 'totalLabel', rng, ['合计', '总计']);
  const numbering = opt(o, 'numbering', rng, ['none', 'paren', 'dot', 'cn']);
  const qzStyle = opt(o, 'qzStyle', rng, ['其中：', '  其中：', '    其中：']);
  const parts = [];
  const qz = [];
  let ti = null;
  if (totalPos === 'top') ti = t.ent(totalLabel, 'total', { parts, mode: 'sum' });
  const types = TYPES.filter(() => true);
  if (o.dropOther) types.pop();
  types.forEach(([name, w, sub], i) => {
    const ei = t.ent(numLabel(numbering, i, name), 'data', { w });
    parts.push(ei);
    if (sub) qz.push(t.ent(qzStyle + sub, 'qz', { parent: ei }));
  });
  if (totalPos === 'bottom') ti = t.ent(totalLabel, 'total', { parts, mode: 'sum' });
  return { data: parts, ti, qz, totals: [ti] };
}

function unitLines(t, rng, o, unit) {
  const style = opt(o, 'unitStyle', rng, ['plain', 'plain', 'filler', 'merged', 'none']);
  t.unitStyle = style;
  t.unit = style === 'none' ? '' : `单位：${unit}`;
  if (style === 'filler') t.filler = `填报单位：中共${o.place}委组织部`.replace('县委', '县委').replace('市委', '市委');
}

function place(rng, o) {
  if (!o.place) o.place = o.city ? rng.pick(CITIES) : rng.pick(COUNTIES);
  if (!o.year) o.year = rng.pick([2022, 2023, 2024]);
  return o.place;
}

// ---------------------------------------------------------------- builders
// 1. 党组织 设立/调整/撤销 ledger
function bOrg(rng, o) {
  place(rng, o);
  const scope = opt(o, 'scope', rng, ['town', 'town', 'type']);
  const group = opt(o, 'groupDec', rng, [true, false]);
  const sub = group && opt(o, 'subDec', rng, [true, false]);
  const other = opt(o, 'other', rng, ['none', 'none', 'col', 'hidden']);
  const endBreak = opt(o, 'endBreak', rng, [false, false, true]);
  const remark = opt(o, 'remark', rng, [false, false, true]);
  const t = new Tbl({ title: `${o.place}${o.year}年党组织设立、调整和撤销情况统计表`, labelHead: scope === 'town' ? rng.pick(['乡镇（街道）', '单位', '乡镇']) : rng.pick(['党组织类型', '单位类别']) });
  t.dash = opt(o, 'dash', rng, [null, '—', '—', '-']);
  unitLines(t, rng, o, '个');
  t.field('y0', ['年初数'], 'int', { role: 'open', tl: '年初党组织数' });
  t.field('nw', [rng.pick(['本年新建', '本年新设立'])], 'int', { role: 'flow', tl: '本年新建' });
  const dk = [];
  if (group) {
    if (sub) t.field('ds', ['本年减少', '小计'], 'int', { role: 'sub', tl: '本年减少' });
    t.field('rv', ['本年减少', '撤销'], 'int', { role: 'flow', tl: sub ? '  其中：撤销' : '本年撤销' });
    t.field('mg', ['本年减少', '合并'], 'int', { role: 'flow', tl: sub ? '        合并' : '本年合并' });
    if (other === 'col') t.field('ot', ['本年减少', '其他'], 'int', { role: 'flow', tl: sub ? '        其他' : '其他减少' });
  } else {
    t.field('rv', ['本年撤销'], 'int', { role: 'flow', tl: '本年撤销' });
    t.field('mg', ['本年合并'], 'int', { role: 'flow', tl: '本年合并' });
    if (other === 'col') t.field('ot', ['其他减少'], 'int', { role: 'flow', tl: '其他减少' });
  }
  dk.push('rv', 'mg'); if (other === 'col') dk.push('ot');
  if (endBreak) {
    t.field('y1', ['年末数', '合计'], 'int', { role: 'close', tl: '年末党组织数' });
    t.field('dw', ['年末数', '党委'], 'int', { role: 'part', tl: '  其中：党委' });
    t.field('zz', ['年末数', '党总支'], 'int', { role: 'part', tl: '        党总支' });
    t.field('zb', ['年末数', '党支部'], 'int', { role: 'part', tl: '        党支部' });
    t.rowRels.push({ t: 'lin', terms: [[1, 'y1'], [-1, 'dw'], [-1, 'zz'], [-1, 'zb']] });
  } else t.field('y1', ['年末数'], 'int', { role: 'close', tl: '年末党组织数' });
  if (remark) t.field('bz', ['备注'], 'text', {});
  if (sub) t.rowRels.push({ t: 'lin', terms: [[1, 'ds'], ...dk.map((k) => [-1, k])] });
  if (other !== 'hidden') t.rowRels.push({ t: 'lin', terms: [[1, 'y1'], [-1, 'y0'], [-1, 'nw'], ...(sub ? [[1, 'ds']] : dk.map((k) => [1, k]))] });

  const towns = o.towns || rng.sample(TOWNS, opt(o, 'n', rng, [5, 6, 7, 8, 9, 10, 12]));
  const S = scope === 'town' ? townEnts(t, rng, towns, o) : typeEnts(t, rng, o);
  let hiddenCount = 0;
  const gen = (e, base) => {
    const r = e.raw;
    r.y0 = base ? rng.int(Math.round(18 * base), Math.round(110 * base)) : 0;
    r.nw = rng.chance(0.2) ? 0 : rng.int(1, 6);
    r.rv = rng.chance(0.4) ? 0 : rng.int(1, 3);
    r.mg = rng.chance(0.5) ? 0 : rng.int(1, 3);
    r.ot = other === 'none' ? 0 : (rng.chance(0.5) ? 0 : rng.int(1, 2));
    if (other === 'hidden' && r.ot) hiddenCount++;
  };
  const derive = (e) => {
    const r = e.raw;
    r.y1 = r.y0 + r.nw - r.rv - r.mg - r.ot;
    r.ds = r.rv + r.mg + (other === 'col' ? r.ot : 0);
    if (endBreak) { if (r.dw === undefined) { r.dw = rng.int(1, 2); r.zz = rng.int(0, Math.min(6, Math.floor(r.y1 / 8))); } r.zb = r.y1 - r.dw - r.zz; }
    if (remark) r.bz = r.nw > 3 ? '新建较多' : (r.mg ? '村党组织合并' : '');
  };
  for (const ei of S.data) { const e = t.ents[ei]; gen(e, scope === 'town' ? 1 : e.w * 2); derive(e); }
  if (other === 'hidden' && hiddenCount < 2) { const e = t.ents[S.data[0]]; e.raw.ot = 1; derive(e); const e2 = t.ents[S.data[S.data.length - 1]]; e2.raw.ot = 2; derive(e2); }
  for (const qi of S.qz || []) {
    const q = t.ents[qi]; const p = t.ents[q.parent].raw; const r = q.raw;
    r.y0 = Math.floor(p.y0 * rng.real(0.4, 0.75)); r.nw = rng.int(0, p.nw); r.rv = rng.int(0, p.rv); r.mg = rng.int(0, p.mg); r.ot = rng.int(0, p.ot);
    if (endBreak) { r.dw = rng.int(0, p.dw); r.zz = rng.int(0, p.zz); }
    derive(q);
  }
  if (other === 'hidden') t.notes.push(rng.pick(['注：年末数=年初数+本年新建-本年撤销-本年合并-其他减少，其他减少（因隶属关系调整划出等）表中未单列。', '注：本表未列因行政区划调整划出的党组织，故部分单位年末数不等于年初数加减本年变动数。']));
  else if (rng.chance(0.5)) t.notes.push(`注：年末数=年初数+本年新建-本年撤销-本年合并${other === 'col' ? '-其他减少' : ''}。`);
  if (rng.chance(0.4)) t.notes.push('填表人：          审核人：          填报日期：    年  月  日');
  t.S = S;
  return t;
}

// 2. 党员队伍变动
function bMember(rng, o) {
  place(rng, o);
  const scope = opt(o, 'scope', rng, ['town', 'town', 'type']);
  const incMode = opt(o, 'incMode', rng, ['full', 'full', 'partial']);
  const decMode = opt(o, 'decMode', rng, ['full', 'full', 'other', 'partial', 'hiddenOther']);
  const balHidden = opt(o, 'balHidden', rng, [false, false, false, true]);
  const growth = opt(o, 'growth', rng, [null, null, 'r1', 'r2']);
  const femDev = incMode === 'full' && opt(o, 'femDev', rng, [false, false, true]);
  const t = new Tbl({ title: rng.pick([`${o.place}${o.year}年党员队伍变动情况统计表`, `${o.year}年度${o.place}党员数量变化情况`, `${o.place}党员增减变化情况表（${o.year}年）`]), labelHead: scope === 'town' ? rng.pick(['乡镇（街道）', '单位名称', '乡镇党委']) : rng.pick(['党组织类别', '单位类型']) });
  t.dash = opt(o, 'dash', rng, [null, '—', '—']);
  unitLines(t, rng, o, '名');
  t.field('st', [rng.pick(['上年底党员数', `${o.year - 1}年底党员数`])], 'int', { role: 'open', tl: '上年底党员数' });
  const incParts = [];
  if (incMode === 'full') {
    t.field('ic', ['本年增加', '合计'], 'int', { role: 'sub', tl: '本年增加' });
    if (femDev) { t.field('dv', ['本年增加', '发展党员', '小计'], 'int', { role: 'flow', tl: '  其中：发展党员' }); t.field('dvf', ['本年增加', '发展党员', '其中：女'], 'int', { role: 'qzf', tl: '      其中：女' }); }
    else t.field('dv', ['本年增加', '发展党员'], 'int', { role: 'flow', tl: '  其中：发展党员' });
    t.field('ti', ['本年增加', '转入'], 'int', { role: 'flow', tl: '        转入' });
    t.field('rs', ['本年增加', '恢复党籍'], 'int', { role: 'flow', tl: '        恢复党籍' });
    incParts.push('dv', 'ti', 'rs');
    t.rowRels.push({ t: 'lin', terms: [[1, 'ic'], [-1, 'dv'], [-1, 'ti'], [-1, 'rs']] });
    if (femDev) t.rowRels.push({ t: 'le', a: 'dvf', b: 'dv' });
  } else {
    t.field('ic', ['本年增加', '合计'], 'int', { role: 'sub', tl: '本年增加' });
    t.field('dv', ['本年增加', '其中', '发展党员'], 'int', { role: 'qzf', tl: '  其中：发展党员' });
    t.field('ti', ['本年增加', '其中', '转入'], 'int', { role: 'qzf', tl: '        转入' });
    t.rowRels.push({ t: 'le', a: 'dv', b: 'ic' }, { t: 'le', a: 'ti', b: 'ic' });
  }
  t.field('dc', ['本年减少', '合计'], 'int', { role: 'sub', tl: '本年减少' });
  if (decMode === 'partial') {
    t.field('de', ['本年减少', '其中', '死亡'], 'int', { role: 'qzf', tl: '  其中：死亡' });
    t.field('to', ['本年减少', '其中', '转出'], 'int', { role: 'qzf', tl: '        转出' });
    t.rowRels.push({ t: 'le', a: 'de', b: 'dc' }, { t: 'le', a: 'to', b: 'dc' });
  } else {
    t.field('de', ['本年减少', '死亡'], 'int', { role: 'flow', tl: '  其中：死亡' });
    t.field('ou', ['本年减少', '出党'], 'int', { role: 'flow', tl: '        出党' });
    t.field('to', ['本年减少', '转出'], 'int', { role: 'flow', tl: '        转出' });
    t.field('sp', ['本年减少', '停止党籍'], 'int', { role: 'flow', tl: '        停止党籍' });
    if (decMode === 'other') t.field('oo', ['本年减少', '其他'], 'int', { role: 'flow', tl: '        其他' });
    if (decMode === 'hiddenOther') t.rowRels.push({ t: 'le', a: 'de', b: 'dc' }, { t: 'le', a: 'to', b: 'dc' });
    else t.rowRels.push({ t: 'lin', terms: [[1, 'dc'], [-1, 'de'], [-1, 'ou'], [-1, 'to'], [-1, 'sp'], ...(decMode === 'other' ? [[-1, 'oo']] : [])] });
  }
  t.field('en', [rng.pick(['本年底党员数', `${o.year}年底党员数`])], 'int', { role: 'close', tl: '本年底党员数' });
  if (growth) t.field('g', [rng.pick(['增长率（%）', '比上年增长（%）', '增减幅度（%）'])], growth, { num: [[1, 'en'], [-1, 'st']], den: [[1, 'st']], tl: '增长率（%）' });
  if (!balHidden) t.rowRels.push({ t: 'lin', terms: [[1, 'en'], [-1, 'st'], [-1, 'ic'], [1, 'dc']] });

  const towns = o.towns || rng.sample(TOWNS, opt(o, 'n', rng, [5, 6, 7, 8, 9, 10, 11, 12]));
  const S = scope === 'town' ? townEnts(t, rng, towns, o) : typeEnts(t, rng, o);
  let hid = 0;
  const gen = (e, base) => {
    const r = e.raw;
    r.st = rng.int(Math.round(300 * base), Math.round(3200 * base));
    r.dv = rng.int(3, Math.round(12 + 30 * base)); r.dvf = rng.int(0, r.dv);
    r.ti = rng.int(0, Math.round(10 + 50 * base)); r.rs = rng.chance(0.7) ? 0 : rng.int(1, 2);
    r.de = rng.int(2, Math.round(6 + 35 * base)); r.ou = rng.chance(0.6) ? 0 : rng.int(1, 3); r.to = rng.int(0, Math.round(10 + 45 * base)); r.sp = rng.chance(0.6) ? 0 : rng.int(1, 3);
    r.oo = decMode === 'other' || decMode === 'hiddenOther' ? (rng.chance(0.4) ? 0 : rng.int(1, 4)) : 0;
    r.xr = incMode === 'partial' ? rng.int(0, 3) : 0; // 恢复党籍 etc. not shown in partial
    r.hx = balHidden ? (rng.chance(0.4) ? 0 : rng.int(1, 5)) : 0;
    if (balHidden && r.hx) hid++;
  };
  const derive = (e) => {
    const r = e.raw;
    r.ic = r.dv + r.ti + (incMode === 'full' ? r.rs : r.xr);
    r.dc = r.de + r.to + (decMode === 'partial' ? r.ou + r.sp + r.oo : r.ou + r.sp + r.oo);
    r.en = r.st + r.ic - r.dc - r.hx;
  };
  for (const ei of S.data) { const e = t.ents[ei]; gen(e, scope === 'town' ? 1 : e.w * 2); derive(e); }
  if (balHidden && hid < 2) { for (const ei of [S.data[0], S.data[1]]) { t.ents[ei].raw.hx = 3; derive(t.ents[ei]); } }
  for (const qi of S.qz || []) {
    const q = t.ents[qi]; const p = t.ents[q.parent].raw; const r = q.raw;
    r.st = Math.floor(p.st * rng.real(0.4, 0.7));
    for (const k of ['dv', 'ti', 'rs', 'de', 'ou', 'to', 'sp', 'oo', 'xr', 'hx']) r[k] = rng.int(0, p[k]);
    r.dvf = rng.int(0, Math.min(r.dv, p.dvf));
    derive(q);
  }
  if (decMode === 'hiddenOther') t.notes.push('注：本年减少合计含其他原因减少（如出国定居、组织关系未接转等），表中未单列。');
  if (balHidden) t.notes.push(rng.pick(['注：本年底党员数=上年底党员数+本年增加-本年减少-其他减少，其他减少（组织关系转出后未接收等）未在表中列出。', '注：部分乡镇因党员信息库数据清理核减党员，核减数未列入本年减少，故本年底党员数与上年底党员数加减本年变动数不一致。']));
  else if (rng.chance(0.5)) t.notes.push('注：本年底党员数=上年底党员数+本年增加-本年减少。');
  if (incMode === 'partial') t.notes.push(rng.pick(['注：本年增加合计含恢复党籍等。', '注：“其中”栏为部分项目，不等于合计。']));
  if (rng.chance(0.3)) t.notes.push('数据来源：全国党员管理信息系统');
  t.S = S;
  return t;
}

// 3. 流动党员 组织关系转接 time series
function bFlowTS(rng, o) {
  place(rng, o);
  const period = opt(o, 'period', rng, ['month', 'month', 'quarter']);
  const count = period === 'month' ? opt(o, 'count', rng, [12, 12, 6, 9]) : opt(o, 'count', rng, [4, 4, 3, 2]);
  const split = opt(o, 'split', rng, [false, false, true]);
  const sumPos = opt(o, 'sumPos', rng, ['bottom', 'bottom', 'top']);
  const t = new Tbl({ title: rng.pick([`${o.place}流动党员组织关系转接情况统计表（${o.year}年）`, `${o.year}年${o.place}流动党员组织关系转入转出情况`]), labelHead: period === 'month' ? rng.pick(['月份', '时间', '统计期']) : rng.pick(['季度', '时间']) });
  t.dash = opt(o, 'dash', rng, [null, '—']);
  unitLines(t, rng, o, '名');
  const ol = rng.pick([['期初数', '期末数'], ['期初', '期末'], [period === 'month' ? '月初数' : '季初数', period === 'month' ? '月末数' : '季末数']]);
  t.field('op', [ol[0]], 'int', { role: 'open', tl: ol[0] });
  if (split) {
    t.field('ti', ['转入', '小计'], 'int', { role: 'sub', tl: '转入' });
    t.field('tia', ['转入', '省内'], 'int', { role: 'flow', tl: '  其中：省内' });
    t.field('tib', ['转入', '省外'], 'int', { role: 'flow', tl: '        省外' });
    t.field('to', ['转出', '小计'], 'int', { role: 'sub', tl: '转出' });
    t.field('toa', ['转出', '省内'], 'int', { role: 'flow', tl: '  其中：省内' });
    t.field('tob', ['转出', '省外'], 'int', { role: 'flow', tl: '        省外' });
    t.rowRels.push({ t: 'lin', terms: [[1, 'ti'], [-1, 'tia'], [-1, 'tib']] }, { t: 'lin', terms: [[1, 'to'], [-1, 'toa'], [-1, 'tob']] });
  } else {
    t.field('ti', [rng.pick(['转入', '本期转入'])], 'int', { role: 'flow', tl: '转入' });
    t.field('to', [rng.pick(['转出', '本期转出'])], 'int', { role: 'flow', tl: '转出' });
  }
  t.field('cl', [ol[1]], 'int', { role: 'close', tl: ol[1] });
  t.rowRels.push({ t: 'lin', terms: [[1, 'cl'], [-1, 'op'], [-1, 'ti'], [1, 'to']] });
  const qn = ['第一季度', '第二季度', '第三季度', '第四季度'];
  const ms = rng.pick([0, 0, 1, 2]);
  const qs = rng.pick([0, 0, 1]);
  const labels = period === 'month' ? Array.from({ length: count }, (_, i) => [`${i + 1}月`, `${o.year}年${i + 1}月`, `${o.year}.${String(i + 1).padStart(2, '0')}`][ms]) : qn.slice(0, count).map((q) => (qs ? q.replace('第', '') : q));
  const sumLabel = period === 'month' ? (count === 12 ? rng.pick(['全年合计', '全年', '合计']) : count === 6 ? rng.pick(['上半年合计', '1-6月合计']) : '1-9月合计') : (count === 4 ? rng.pick(['全年合计', '全年']) : count === 3 ? '前三季度合计' : '上半年合计');
  const parts = [];
  if (sumPos === 'top') t.ent(sumLabel, 'total', { parts, mode: 'ts' });
  let stock = rng.int(150, 900);
  const sc = period === 'month' ? 1 : 3;
  labels.forEach((l) => {
    const ei = t.ent(l, 'data'); parts.push(ei);
    const r = t.ents[ei].raw;
    r.op = stock;
    r.tia = rng.int(2, 25 * sc); r.tib = rng.chance(0.3) ? 0 : rng.int(1, 12 * sc); r.ti = r.tia + r.tib;
    r.toa = rng.int(1, 22 * sc); r.tob = rng.chance(0.3) ? 0 : rng.int(1, 12 * sc); r.to = r.toa + r.tob;
    if (r.to > stock) { r.toa = 1; r.tob = 0; r.to = 1; }
    r.cl = r.op + r.ti - r.to; stock = r.cl;
  });
  if (sumPos === 'bottom') { if (rng.chance(0.3)) t.ent('', 'blank'); t.ent(sumLabel, 'total', { parts, mode: 'ts' }); }
  for (let i = 1; i < parts.length; i++) t.extraRels.push({ t: 'lin', terms: [[1, parts[i], 'op'], [-1, parts[i - 1], 'cl']] });
  if (rng.chance(0.6)) t.notes.push(rng.pick([`注：${sumLabel}行${ol[0]}为首期${ol[0]}，${ol[1]}为末期${ol[1]}，转入、转出为各期之和。`, `注：${ol[1]}=${ol[0]}+转入-转出；本期${ol[0]}=上期${ol[1]}。`]));
  t.S = { data: parts, ts: true };
  return t;
}

// 4. 流动党员 by town (stocks additive)
function bFlowTown(rng, o) {
  place(rng, o);
  const qzIn = opt(o, 'qzIn', rng, [false, true]);
  const t = new Tbl({ title: `${o.place}${o.year}年流动党员管理情况统计表`, labelHead: rng.pick(['乡镇（街道）', '单位']) });
  t.dash = opt(o, 'dash', rng, [null, '—']);
  unitLines(t, rng, o, '名');
  t.field('op', ['年初流动党员数'], 'int', { role: 'open' });
  t.field('ti', ['本年转入'], 'int', { role: 'flow' });
  if (qzIn) { t.field('tix', ['其中：省外转入'], 'int', { role: 'qzf' }); t.rowRels.push({ t: 'le', a: 'tix', b: 'ti' }); }
  t.field('to', ['本年转出'], 'int', { role: 'flow' });
  t.field('cl', ['年末流动党员数'], 'int', { role: 'close' });
  t.rowRels.push({ t: 'lin', terms: [[1, 'cl'], [-1, 'op'], [-1, 'ti'], [1, 'to']] });
  const towns = o.towns || rng.sample(TOWNS, opt(o, 'n', rng, [5, 7, 8, 10]));
  const S = townEnts(t, rng, towns, o);
  for (const ei of S.data) { const r = t.ents[ei].raw; r.op = rng.int(20, 260); r.ti = rng.int(0, 80); r.tix = rng.int(0, r.ti); r.to = rng.int(0, Math.min(r.op, 70)); r.cl = r.op + r.ti - r.to; }
  t.S = S;
  return t;
}

// 5. 党费收缴 ledger
function bDues(rng, o) {
  place(rng, o);
  const scope = opt(o, 'scope', rng, ['town', 'town', 'quarter', 'type2']);
  const money = opt(o, 'money', rng, ['y2', 'y2', 'w2']);
  const down = opt(o, 'down', rng, [false, true]);
  const group = opt(o, 'groupOut', rng, [false, false, true]);
  const sub = group && opt(o, 'subOut', rng, [false, true]);
  const t = new Tbl({ title: rng.pick([`${o.place}${o.year}年党费收缴、使用和管理情况统计表`, `${o.year}年度${o.place}党费收支情况表`]), labelHead: scope === 'town' ? rng.pick(['乡镇（街道）党（工）委', '单位']) : scope === 'quarter' ? '季度' : '类别' });
  unitLines(t, rng, o, money === 'y2' ? '元' : '万元');
  t.dash = opt(o, 'dash', rng, [null, '—']);
  const ol = rng.pick([['期初结余', '期末结余'], ['上期结余', '本期结余'], ['年初结余', '年末结余']]);
  t.field('op', [ol[0]], money, { role: 'open', tl: ol[0] });
  t.field('co', ['本期收缴'], money, { role: 'flow', tl: '本期收缴' });
  const outs = ['up'];
  if (group) {
    if (sub) t.field('ou', ['本期支付', '小计'], money, { role: 'sub', tl: '本期支付' });
    t.field('up', ['本期支付', '上缴'], money, { role: 'flow', tl: '  上缴' });
    if (down) { t.field('dn', ['本期支付', '下拨'], money, { role: 'flow', tl: '  下拨' }); outs.push('dn'); }
    t.field('sp', ['本期支付', '支出'], money, { role: 'flow', tl: '  支出' }); outs.push('sp');
  } else {
    t.field('up', ['本期上缴'], money, { role: 'flow', tl: '本期上缴' });
    if (down) { t.field('dn', ['本期下拨'], money, { role: 'flow', tl: '本期下拨' }); outs.push('dn'); }
    t.field('sp', ['本期支出'], money, { role: 'flow', tl: '本期支出' }); outs.push('sp');
  }
  t.field('cl', [ol[1]], money, { role: 'close', tl: ol[1] });
  if (sub) t.rowRels.push({ t: 'lin', terms: [[1, 'ou'], ...outs.map((k) => [-1, k])] });
  t.rowRels.push({ t: 'lin', terms: [[1, 'cl'], [-1, 'op'], [-1, 'co'], ...(sub ? [[1, 'ou']] : outs.map((k) => [1, k]))] });
  const gen = (r, sc0) => {
    const sc = money === 'w2' ? sc0 * 10 : sc0;
    r.op = rng.int(50000, 8000000) * sc; r.co = rng.int(500000, 30000000) * sc;
    r.up = Math.round(r.co * rng.pick([0.2, 0.3, 0.4, rng.real(0.2, 0.5)]));
    r.dn = down ? Math.round(r.co * rng.real(0, 0.3)) : 0;
    r.sp = rng.int(0, Math.max(0, r.op + r.co - r.up - r.dn));
    if (rng.chance(0.2)) r.sp = 0;
    r.ou = r.up + r.dn + r.sp; r.cl = r.op + r.co - r.ou;
  };
  let S;
  if (scope === 'quarter') {
    const parts = [];
    const sumPos = opt(o, 'sumPos', rng, ['bottom', 'top']);
    const cnt = opt(o, 'count', rng, [4, 4, 3]);
    const lab = cnt === 4 ? rng.pick(['全年合计', '全年']) : '前三季度合计';
    if (sumPos === 'top') t.ent(lab, 'total', { parts, mode: 'ts' });
    let stock = rng.int(1000000, 50000000);
    for (let i = 0; i < cnt; i++) {
      const ei = t.ent(['第一季度', '第二季度', '第三季度', '第四季度'][i], 'data'); parts.push(ei);
      const r = t.ents[ei].raw; gen(r, 3); r.op = stock; r.sp = rng.int(0, Math.max(0, r.op + r.co - r.up - r.dn)); r.ou = r.up + r.dn + r.sp; r.cl = r.op + r.co - r.ou; stock = r.cl;
    }
    if (sumPos === 'bottom') t.ent(lab, 'total', { parts, mode: 'ts' });
    for (let i = 1; i < parts.length; i++) t.extraRels.push({ t: 'lin', terms: [[1, parts[i], 'op'], [-1, parts[i - 1], 'cl']] });
    S = { data: parts, ts: true };
  } else if (scope === 'type2') {
    const parts = [];
    const tp = opt(o, 'totalPos', rng, ['top', 'bottom']);
    let ti;
    if (tp === 'top') ti = t.ent('合计', 'total', { parts, mode: 'sum' });
    for (const s of ['机关', '事业单位', '国有企业', '非公有制企业', '社会组织', '农村', '社区']) parts.push(t.ent(s, 'data'));
    if (tp === 'bottom') ti = t.ent('合计', 'total', { parts, mode: 'sum' });
    for (const ei of parts) gen(t.ents[ei].raw, 1);
    S = { data: parts, ti, totals: [ti] };
  } else {
    const towns = o.towns || rng.sample(TOWNS, opt(o, 'n', rng, [5, 6, 8, 10, 12]));
    S = townEnts(t, rng, towns, o);
    for (const ei of S.data) gen(t.ents[ei].raw, 1);
  }
  if (rng.chance(0.6) || down) t.notes.push(`注：${ol[1]}=${ol[0]}+本期收缴-本期上缴${down ? '-本期下拨' : ''}-本期支出。${money === 'w2' ? '因四舍五入，合计数与分项之和可能略有出入。' : ''}`);
  t.S = S;
  return t;
}

// 6. 党费 应缴/实缴/收缴率
function bDuesRate(rng, o) {
  place(rng, o);
  const money = opt(o, 'money', rng, ['y2', 'y2', 'w2']);
  const t = new Tbl({ title: `${o.place}${o.year}年党费收缴情况统计表`, labelHead: rng.pick(['单位', '乡镇（街道）']) });
  unitLines(t, rng, o, money === 'y2' ? '元、%' : '万元、%');
  t.field('ys', ['应缴党费'], money, { role: 'part' });
  t.field('ss', ['实缴党费'], money, { role: 'part' });
  t.field('qj', [rng.pick(['欠缴党费', '未缴党费'])], money, { role: 'part' });
  t.field('rt', ['收缴率（%）'], opt(o, 'dec', rng, ['r1', 'r2']), { num: [[1, 'ss']], den: [[1, 'ys']] });
  t.rowRels.push({ t: 'lin', terms: [[1, 'qj'], [-1, 'ys'], [1, 'ss']] });
  const towns = o.towns || rng.sample(TOWNS, opt(o, 'n', rng, [6, 8, 10]));
  const S = townEnts(t, rng, towns, o);
  for (const ei of S.data) { const r = t.ents[ei].raw; r.ys = rng.int(2000000, 40000000); r.ss = rng.chance(0.3) ? r.ys : Math.round(r.ys * rng.real(0.9, 1)); r.qj = r.ys - r.ss; }
  if (money === 'w2') { // store raw rounded to 万元 to keep rates exact on shown values
    for (const ei of S.data) { const r = t.ents[ei].raw; r.ys = Math.round(r.ys / 1e4) * 1e4; r.ss = Math.round(r.ss / 1e4) * 1e4; r.qj = r.ys - r.ss; }
  }
  t.notes.push('注：收缴率=实缴党费÷应缴党费×100%。');
  t.S = S;
  return t;
}

// 7. 两新组织 党组织覆盖
function bTwoNew(rng, o) {
  place(rng, o);
  const t = new Tbl({ title: `${o.place}${o.year}年“两新”组织党建工作基本情况统计表`, labelHead: '类别' });
  unitLines(t, rng, o, '个、名、%');
  t.dash = opt(o, 'dash', rng, [null, '—']);
  const split = opt(o, 'splitBuilt', rng, [true, false]);
  t.field('un', ['单位数'], 'int', { role: 'part' });
  if (split) {
    t.field('bt', ['已建立党组织单位数', '合计'], 'int', { role: 'sub' });
    t.field('b1', ['已建立党组织单位数', '单独建立'], 'int', { role: 'part' });
    t.field('b2', ['已建立党组织单位数', '联合建立'], 'int', { role: 'part' });
    t.rowRels.push({ t: 'lin', terms: [[1, 'bt'], [-1, 'b1'], [-1, 'b2']] });
  } else t.field('bt', ['已建立党组织单位数'], 'int', { role: 'part' });
  t.field('cv', [rng.pick(['党组织覆盖率（%）', '覆盖率（%）'])], opt(o, 'dec', rng, ['r1', 'r2']), { num: [[1, 'bt']], den: [[1, 'un']] });
  t.field('pm', ['党员数'], 'int', { role: 'part' });
  t.field('dv', [rng.pick(['其中：本年发展', '其中：本年发展党员'])], 'int', { role: 'qzf' });
  t.rowRels.push({ t: 'le', a: 'bt', b: 'un' }, { t: 'le', a: 'dv', b: 'pm' });
  const tp = opt(o, 'totalPos', rng, ['top', 'bottom']);
  const np = []; const all = []; const so = [];
  let ti;
  if (tp === 'top') ti = t.ent(rng.pick(['合计', '总计']), 'total', { parts: all, mode: 'sum' });
  const fei = t.ent(rng.pick(['一、非公有制企业', '非公有制企业']), 'data'); all.push(fei);
  const qz = t.ent(rng.pick(['  其中：规模以上企业', '其中：规上企业']), 'qz', { parent: fei });
  const soi = t.ent(rng.pick(['二、社会组织', '社会组织']), 'total', { parts: so, mode: 'sum' }); all.push(soi);
  const sty = rng.pick([0, 1, 2]);
  ['社会团体', '民办非企业单位', '基金会'].forEach((s, i) => so.push(t.ent([`  ${s}`, `  （${CN[i]}）${s}`, `    ${s}`][sty], 'data')));
  if (tp === 'bottom') ti = t.ent(rng.pick(['合计', '总计']), 'total', { parts: all, mode: 'sum' });
  const g = (r, lo, hi, cover) => { r.un = rng.int(lo, hi); r.bt = Math.round(r.un * cover); r.b2 = Math.round(r.bt * rng.real(0.1, 0.6)); r.b1 = r.bt - r.b2; r.pm = rng.int(Math.round(r.bt * 2), Math.round(r.bt * 8) + 5); r.dv = rng.int(0, Math.round(r.pm * 0.08)); };
  g(t.ents[fei].raw, 300, 2500, rng.real(0.4, 0.85));
  const fr = t.ents[fei].raw; const q = t.ents[qz].raw;
  q.un = Math.round(fr.un * rng.real(0.1, 0.3)); q.bt = Math.min(q.un, Math.round(fr.bt * rng.real(0.1, 0.4))); q.b2 = Math.min(fr.b2, Math.round(q.bt * 0.3)); q.b1 = q.bt - q.b2; q.pm = Math.round(fr.pm * rng.real(0.2, 0.5)); q.dv = rng.int(0, Math.min(fr.dv, q.pm));
  g(t.ents[so[0]].raw, 80, 400, rng.real(0.3, 0.8));
  g(t.ents[so[1]].raw, 60, 500, rng.real(0.3, 0.8));
  g(t.ents[so[2]].raw, 0, 12, rng.real(0.0, 0.6));
  t.notes.push('注：覆盖率=已建立党组织单位数÷单位数×100%。');
  t.S = { data: [fei, ...so], ti, totals: [ti, soi], qz: [qz] };
  return t;
}

// 8. two-period comparison (indicators as rows)
function bCompare(rng, o) {
  place(rng, o);
  const y = o.year;
  const t = new Tbl({ title: `${o.place}党组织和党员基本情况对比表`, labelHead: rng.pick(['指标', '项目']) });
  unitLines(t, rng, o, '个、名、%');
  const unitCol = opt(o, 'unitCol', rng, [true, false]);
  const grp = opt(o, 'grpHead', rng, [true, false]);
  if (unitCol) t.field('u', ['计量单位'], 'text', {});
  t.field('a', [`${y - 1}年`], 'int', { role: 'open' });
  t.field('b', [`${y}年`], 'int', { role: 'close' });
  t.field('d', grp ? ['比上年', '增减数'] : ['增减数'], 'int', { role: 'sub', le: false, nonneg: false });
  t.field('r', grp ? ['比上年', '增减率（%）'] : [rng.pick(['增减率（%）', '增长（%）'])], opt(o, 'dec', rng, ['r1', 'r2']), { num: [[1, 'd']], den: [[1, 'a']] });
  t.rowRels.push({ t: 'lin', terms: [[1, 'd'], [-1, 'b'], [1, 'a']] });
  const mk = (label, kind, extra, u, lo, hi) => { const ei = t.ent(label, kind, extra); const r = t.ents[ei].raw; r.u = u; if (kind !== 'total') { r.a = rng.int(lo, hi); r.b = Math.max(0, r.a + rng.int(-Math.round(hi * 0.06), Math.round(hi * 0.08))); r.d = r.b - r.a; } return ei; };
  const parts = [];
  const orgTot = mk(rng.pick(['一、党组织总数', '党组织总数']), 'total', { parts, mode: 'sum' }, '个');
  parts.push(mk('  党委', 'data', {}, '个', 20, 60), mk('  党总支', 'data', {}, '个', 20, 90), mk('  党支部', 'data', {}, '个', 300, 1500));
  const pm = mk(rng.pick(['二、党员总数', '党员总数']), 'data', {}, '名', 8000, 40000);
  const qzs = [];
  const pr = t.ents[pm].raw;
  for (const [lab, f] of [['其中：女党员', [0.25, 0.35]], ['少数民族党员', [0.02, 0.2]], ['35岁及以下党员', [0.12, 0.22]], ['预备党员', [0.01, 0.03]]]) {
    const qi = t.ent(rng.pick(['  ', '    ']) + lab, 'qz', { parent: pm }); const r = t.ents[qi].raw; r.u = '名';
    r.a = Math.round(pr.a * rng.real(f[0], f[1])); r.b = Math.min(pr.b, Math.max(0, Math.round(r.a * rng.real(0.95, 1.08)))); r.d = r.b - r.a; qzs.push(qi);
  }
  const dv = mk(rng.pick(['三、本年发展党员', '本年发展党员']), 'data', {}, '名', 200, 800);
  const dvr = t.ents[dv].raw;
  const qi = t.ent('  其中：35岁及以下', 'qz', { parent: dv }); const r = t.ents[qi].raw; r.u = '名'; r.a = Math.round(dvr.a * rng.real(0.6, 0.85)); r.b = Math.round(dvr.b * rng.real(0.6, 0.85)); r.d = r.b - r.a;
  if (rng.chance(0.5)) t.notes.push('注：增减率=（本年数-上年数）÷上年数×100%。');
  t.S = { data: [...parts, pm, dv], ti: orgTot, totals: [orgTot], qz: [...qzs, qi] };
  return t;
}

// 9. 党员结构 with 其中 columns and shares
function bStructure(rng, o) {
  place(rng, o);
  const t = new Tbl({ title: `${o.place}${o.year}年底党员队伍结构情况统计表`, labelHead: rng.pick(['乡镇（街道）', '单位']) });
  unitLines(t, rng, o, '名、%');
  t.dash = opt(o, 'dash', rng, [null, '—']);
  const dec = opt(o, 'dec', rng, ['r1', 'r2']);
  t.field('tt', ['党员总数'], 'int', { role: 'part' });
  const sets = [['fm', '女党员'], ['mz', '少数民族党员'], ['yg', '35岁及以下'], ['ed', '大专及以上学历']];
  const use = rng.sample(sets, opt(o, 'k', rng, [2, 3]));
  for (const [k, lab] of use) {
    t.field(k, [lab, '人数'], 'int', { role: 'qzf' });
    t.field(k + 'r', [lab, rng.pick(['占比（%）', '比例（%）'])], dec, { num: [[1, k]], den: [[1, 'tt']] });
    t.rowRels.push({ t: 'le', a: k, b: 'tt' });
  }
  const towns = o.towns || rng.sample(TOWNS, opt(o, 'n', rng, [5, 7, 9, 11]));
  const S = townEnts(t, rng, towns, o);
  for (const [i, ei] of S.data.entries()) { const r = t.ents[ei].raw; r.tt = o.ttList ? o.ttList[i] : rng.int(300, 3500); r.fm = Math.round(r.tt * rng.real(0.18, 0.36)); r.mz = rng.chance(0.3) ? 0 : Math.round(r.tt * rng.real(0, 0.3)); r.yg = Math.round(r.tt * rng.real(0.08, 0.25)); r.ed = Math.round(r.tt * rng.real(0.15, 0.55)); }
  t.S = S;
  return t;
}

const BUILDERS = { org: bOrg, member: bMember, flowts: bFlowTS, flowtown: bFlowTown, dues: bDues, duesrate: bDuesRate, twonew: bTwoNew, compare: bCompare, structure: bStructure };

// combine two tables with the same entities into one with field groups (shared label column)
function combine(a, b, ga, gb) {
  const t = new Tbl({ title: a.combTitle, labelHead: a.labelHead, dash: a.dash });
  t.unit = a.combUnit; t.unitStyle = 'plain';
  for (const f of a.fields) t.fields.push(Object.assign({}, f, { key: 'a_' + f.key, path: [ga, ...f.path], tl: f.tl, num: f.num && f.num.map(([c, k]) => [c, 'a_' + k]), den: f.den && f.den.map(([c, k]) => [c, 'a_' + k]) }));
  for (const f of b.fields) t.fields.push(Object.assign({}, f, { key: 'b_' + f.key, path: [gb, ...f.path], num: f.num && f.num.map(([c, k]) => [c, 'b_' + k]), den: f.den && f.den.map(([c, k]) => [c, 'b_' + k]) }));
  a.ents.forEach((e, i) => {
    const raw = {}; for (const k in e.raw) raw['a_' + k] = e.raw[k]; for (const k in b.ents[i].raw) raw['b_' + k] = b.ents[i].raw[k];
    t.ents.push(Object.assign({}, e, { raw, val: {} }));
  });
  const mapT = (p) => (r) => (r.t === 'lin' ? { t: 'lin', terms: r.terms.map(([c, k]) => [c, p + k]) } : { t: 'le', a: p + r.a, b: p + r.b });
  t.rowRels = [...a.rowRels.map(mapT('a_')), ...b.rowRels.map(mapT('b_'))];
  t.notes = [...a.notes, ...b.notes];
  t.S = a.S;
  const err = finalize(t);
  if (err) throw new Error('combine ' + err);
  return t;
}

// ---------------------------------------------------------------- writing
const colL = (c) => { let s = ''; while (c > 0) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s; };
const A = (r, c) => colL(c) + r;
const thin = { style: 'thin' };
const border = { top: thin, left: thin, bottom: thin, right: thin };
function mergeIf(ws, r1, c1, r2, c2) { if (r1 !== r2 || c1 !== c2) ws.mergeCells(r1, c1, r2, c2); }
function numFmt(f) { return f.fmt === 'int' ? '0' : f.fmt === 'r1' ? '0.0' : f.fmt === 'r2' || f.fmt === 'w2' ? '0.00' : f.fmt === 'y2' ? '#,##0.00' : undefined; }

function writeVal(ws, r, c, v, f, t) {
  const cell = ws.getCell(r, c);
  cell.border = border;
  if (f.fmt === 'text') { cell.value = v || null; return; }
  if (v === null || v === undefined) { cell.value = '—'; cell.alignment = { horizontal: 'center' }; return; }
  if (v === 0 && t.dash && !isRate(f.fmt)) { cell.value = t.dash; cell.alignment = { horizontal: 'center' }; return; }
  cell.value = v;
  const nf = numFmt(f); if (nf) cell.numFmt = nf;
}

function headerLayout(fields) {
  const depth = Math.max(...fields.map((f) => f.path.length));
  const cells = [];
  for (let l = 0; l < depth; l++) {
    let i = 0;
    while (i < fields.length) {
      const f = fields[i];
      if (f.path.length <= l) { i++; continue; }
      const pre = f.path.slice(0, l + 1).join('\u0001');
      let j = i;
      while (j + 1 < fields.length && fields[j + 1].path.length > l && fields[j + 1].path.slice(0, l + 1).join('\u0001') === pre) j++;
      const leaf = j === i && f.path.length === l + 1;
      cells.push({ l, i, l2: leaf ? depth - 1 : l, j, text: f.path[l] });
      i = j + 1;
    }
  }
  return { depth, cells };
}

function writeTitle(ws, t, r, c0, width, o) {
  if (t.title && !o.noTitle) {
    const c = ws.getCell(r, c0); c.value = t.title; c.font = { bold: true, size: 14 }; c.alignment = { horizontal: 'center' };
    mergeIf(ws, r, c0, r, c0 + width - 1); r++;
    if (o.blankAfterTitle) r++;
  }
  if (t.unit || t.filler) {
    if (t.unitStyle === 'merged') { const c = ws.getCell(r, c0); c.value = t.unit; c.alignment = { horizontal: 'right' }; mergeIf(ws, r, c0, r, c0 + width - 1); }
    else {
      if (t.filler) ws.getCell(r, c0).value = t.filler;
      if (t.unit) { const c = ws.getCell(r, c0 + width - 1); c.value = t.unit; c.alignment = { horizontal: 'right' }; }
    }
    r++;
  }
  return r;
}
function writeNotes(ws, t, r, c0, width, o) {
  if (!t.notes.length) return r;
  if (o.blankBeforeNotes) r++;
  for (const n of t.notes) { ws.getCell(r, c0).value = n; if (o.mergeNotes) mergeIf(ws, r, c0, r, c0 + width - 1); r++; }
  return r;
}

function writeNormal(ws, t, r0, c0, o) {
  const serial = !!o.serial;
  const labelC = c0 + (serial ? 1 : 0);
  const fc = labelC + 1;
  const width = (serial ? 1 : 0) + 1 + t.fields.length;
  let r = writeTitle(ws, t, r0, c0, width, o);
  const { depth, cells } = headerLayout(t.fields);
  const hcell = (rr, cc, v) => { const c = ws.getCell(rr, cc); c.value = v; c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }; c.font = { bold: true }; };
  for (let rr = r; rr < r + depth; rr++) for (let cc = c0; cc < c0 + width; cc++) ws.getCell(rr, cc).border = border;
  if (serial) { hcell(r, c0, '序号'); mergeIf(ws, r, c0, r + depth - 1, c0); }
  hcell(r, labelC, t.labelHead); mergeIf(ws, r, labelC, r + depth - 1, labelC);
  for (const h of cells) { hcell(r + h.l, fc + h.i, h.text); mergeIf(ws, r + h.l, fc + h.i, r + h.l2, fc + h.j); }
  r += depth;
  const addr = {};
  let sn = 0;
  t.ents.forEach((e, ei) => {
    if (e.kind === 'blank') { r++; return; }
    if (serial) { const c = ws.getCell(r, c0); c.border = border; if (e.kind === 'data') c.value = ++sn; }
    const lc = ws.getCell(r, labelC); lc.value = e.label; lc.border = border; if (e.kind === 'total') lc.font = { bold: true };
    t.fields.forEach((f, k) => { addr[ei + '|' + f.key] = A(r, fc + k); writeVal(ws, r, fc + k, e.val[f.key], f, t); });
    r++;
  });
  r = writeNotes(ws, t, r, c0, width, o);
  ws.getColumn(labelC).width = 18;
  return { height: r - r0, width, addr };
}

function writeTransposed(ws, t, r0, c0, o) {
  const ents = t.ents.map((e, i) => [e, i]).filter(([e]) => e.kind !== 'blank');
  const unitCol = !!o.unitCol;
  const width = 1 + (unitCol ? 1 : 0) + ents.length;
  let r = writeTitle(ws, t, r0, c0, width, o);
  const ec = c0 + 1 + (unitCol ? 1 : 0);
  const hcell = (rr, cc, v) => { const c = ws.getCell(rr, cc); c.value = v; c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }; c.font = { bold: true }; c.border = border; };
  const dataIdx = ents.map(([e], k) => (e.kind === 'data' ? k : -1)).filter((k) => k >= 0);
  const contiguous = dataIdx.length && dataIdx[dataIdx.length - 1] - dataIdx[0] === dataIdx.length - 1;
  const two = o.groupHead && contiguous;
  const depth = two ? 2 : 1;
  hcell(r, c0, o.tLabelHead || '项目'); mergeIf(ws, r, c0, r + depth - 1, c0);
  if (unitCol) { hcell(r, c0 + 1, '单位'); mergeIf(ws, r, c0 + 1, r + depth - 1, c0 + 1); }
  ents.forEach(([e], k) => {
    const label = e.label.trim();
    if (two && e.kind === 'data') { hcell(r + 1, ec + k, label); }
    else { hcell(r, ec + k, label); mergeIf(ws, r, ec + k, r + depth - 1, ec + k); }
  });
  if (two) { hcell(r, ec + dataIdx[0], o.groupHead); mergeIf(ws, r, ec + dataIdx[0], r, ec + dataIdx[dataIdx.length - 1]); }
  r += depth;
  const addr = {};
  for (const f of t.fields) {
    if (f.fmt === 'text') continue;
    const lc = ws.getCell(r, c0); lc.value = f.tl || f.path.join(''); lc.border = border;
    if (unitCol) { const u = ws.getCell(r, c0 + 1); u.value = isRate(f.fmt) ? '%' : (f.unitText || o.unitWord || '名'); u.border = border; }
    ents.forEach(([e, ei], k) => { addr[ei + '|' + f.key] = A(r, ec + k); writeVal(ws, r, ec + k, e.val[f.key], f, t); });
    r++;
  }
  r = writeNotes(ws, t, r, c0, width, o);
  ws.getColumn(c0).width = 20;
  return { height: r - r0, width, addr };
}

function writeBlock(ws, blk) {
  const o = blk.o || {};
  const res = blk.mode === 'transposed' ? writeTransposed(ws, blk.t, blk.r0, blk.c0, o) : writeNormal(ws, blk.t, blk.r0, blk.c0, o);
  blk.addr = res.addr;
  return res;
}

function relToAddr(r, addr) {
  const m = ([c, ei, k]) => [c, addr[ei + '|' + k]];
  if (r.t === 'lin') return { t: 'lin', terms: r.terms.map(m), tol: r.tol };
  if (r.t === 'le') return { t: 'le', a: r.a.map(m), b: r.b.map(m) };
  return { t: 'rate', out: addr[r.out[0] + '|' + r.out[1]], num: r.num.map(m), den: r.den.map(m), dec: r.dec, mul: r.mul };
}

// book = { sheets: [ { name, texts:[{r,c,text,merge?}], blocks:[{t, mode, r0, c0, o}], layout: 'stack'|'side' } ] }
async function writeBook(book, file) {
  const wb = new ExcelJS.Workbook();
  const sideRels = [];
  for (const sh of book.sheets) {
    const ws = wb.addWorksheet(sh.name);
    let r = 1;
    for (const tx of sh.texts || []) { const c = ws.getCell(tx.r, tx.c); c.value = tx.text; if (tx.bold) c.font = { bold: true, size: 14 }; if (tx.merge) mergeIf(ws, tx.r, tx.c, tx.merge[0], tx.merge[1]); r = Math.max(r, tx.r + 1); }
    if (sh.layout === 'side') {
      let c = 1; const r0 = sh.r0 || r;
      for (const blk of sh.blocks) { blk.r0 = r0; blk.c0 = c; const res = writeBlock(ws, blk); c += res.width + (sh.gap === undefined ? 1 : sh.gap); }
    } else {
      for (const blk of sh.blocks) { blk.r0 = blk.r0 || r; blk.c0 = blk.c0 || 1; const res = writeBlock(ws, blk); r = blk.r0 + res.height + (sh.gapRows === undefined ? 2 : sh.gapRows); }
    }
    const rels = [];
    for (const blk of sh.blocks) for (const rel of blk.t.rels) rels.push(relToAddr(rel, blk.addr));
    sideRels.push({ name: sh.name, rels });
  }
  await wb.xlsx.writeFile(file);
  return sideRels;
}

// ---------------------------------------------------------------- planting
function plantCandidates(t, kind) {
  const S = t.S; const c = [];
  const data = (S.data || []).filter((ei) => t.ents[ei].kind === 'data');
  const totals = t.ents.map((e, i) => (e.kind === 'total' ? i : -1)).filter((i) => i >= 0);
  const numF = t.fields.filter((f) => f.fmt !== 'text' && !isRate(f.fmt));
  const add = (ei, k) => c.push([ei, k]);
  if (kind === 'total') totals.forEach((ei) => numF.forEach((f) => { if (!(t.ents[ei].mode === 'ts' && (f.role === 'open' || f.role === 'close'))) add(ei, f.key); }));
  if (kind === 'part') data.forEach((ei) => numF.forEach((f) => add(ei, f.key)));
  if (kind === 'flow') data.forEach((ei) => numF.filter((f) => f.role === 'flow').forEach((f) => add(ei, f.key)));
  if (kind === 'open') data.forEach((ei) => numF.filter((f) => f.role === 'open').forEach((f) => add(ei, f.key)));
  if (kind === 'close') data.forEach((ei) => numF.filter((f) => f.role === 'close').forEach((f) => add(ei, f.key)));
  if (kind === 'sub') [...data, ...totals].forEach((ei) => numF.filter((f) => f.role === 'sub').forEach((f) => add(ei, f.key)));
  if (kind === 'rate') t.ents.forEach((e, ei) => { if (e.kind !== 'blank' && e.kind !== 'section') t.fields.filter((f) => isRate(f.fmt) && e.val[f.key] != null).forEach((f) => add(ei, f.key)); });
  if (kind === 'qz') {
    t.ents.forEach((e, ei) => { if (e.kind === 'qz') numF.filter((f) => f.fmt === 'int' && f.le !== false).forEach((f) => c.push([ei, f.key, 'ent'])); });
    for (const r of t.rowRels) if (r.t === 'le') [...data, ...totals].forEach((ei) => c.push([ei, r.a, 'fld', r.b]));
  }
  return c;
}

function digitSwap(rng, v, dec) {
  const s = v.toFixed(dec).replace('.', '');
  const idx = [];
  for (let i = 0; i + 1 < s.length; i++) if (s[i] !== s[i + 1] && !(i === 0 && s[i + 1] === '0')) idx.push(i);
  if (!idx.length) return null;
  const i = rng.pick(idx);
  const n = s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2);
  return Number(n) / Math.pow(10, dec);
}

function newValue(rng, fmt, v, ctx) {
  for (let tries = 0; tries < 50; tries++) {
    let n;
    if (fmt === 'int') {
      if (v >= 10 && rng.chance(0.3)) n = digitSwap(rng, v, 0);
      else { const d = rng.chance(0.35) ? rng.pick([1, 2, 10]) : Math.max(1, Math.round(Math.abs(v) * rng.real(0.03, 0.2))); n = v + (rng.chance(0.5) ? d : -d); }
      if (n !== null && n < 0 && !ctx.neg) n = v + Math.abs(v - n);
    } else if (fmt === 'y2') {
      if (rng.chance(0.3)) n = digitSwap(rng, v, 2);
      else { const d = rng.pick([100, 1000, 10000, rng.int(1, 99999) / 100, rng.int(1, 9999) / 100]); n = Math.round((v + (rng.chance(0.5) ? d : -d)) * 100) / 100; }
      if (n !== null && n < 0) n = Math.round((v + Math.abs(v - n)) * 100) / 100;
    } else if (fmt === 'w2') {
      const d = Math.max(1, Math.round(Math.abs(v) * rng.real(0.03, 0.2) * 100) / 100);
      n = Math.round((v + (rng.chance(0.5) ? d : -d)) * 100) / 100;
      if (n < 0) n = Math.round((v + d) * 100) / 100;
    } else if (isRate(fmt)) {
      const dec = decOf(fmt);
      if (rng.chance(0.3)) n = digitSwap(rng, Math.abs(v), dec), n = n === null ? null : Math.sign(v || 1) * n;
      else { const d = roundHalfUp(rng.real(0.6, 8), dec); n = roundHalfUp(v + (rng.chance(0.5) ? d : -d), dec); }
      if (n !== null && Math.abs(n - v) < 0.3) n = null;
    }
    if (n !== null && n !== undefined && Number.isFinite(n) && n !== v) return n;
  }
  throw new Error('newValue');
}

// plant on one block; returns {blk, ei, key, old, nv, kind} and leaves new value set
function plant(rng, book, kinds) {
  const blocks = [];
  book.sheets.forEach((sh, si) => sh.blocks.forEach((b) => blocks.push([si, b])));
  for (let tries = 0; tries < 200; tries++) {
    const [si, blk] = rng.pick(blocks);
    const t = blk.t;
    const kind = rng.pick(kinds);
    const cand = plantCandidates(t, kind);
    if (!cand.length) continue;
    const [ei, key, qmode, bkey] = rng.pick(cand);
    const e = t.ents[ei]; const f = t.F(key);
    if (blk.mode === 'transposed' && f.fmt === 'text') continue;
    const old = e.val[key];
    if (old === null || old === undefined) continue;
    let nv;
    if (kind === 'qz') {
      const whole = qmode === 'ent' ? t.ents[e.parent].val[key] : e.val[bkey];
      nv = whole + rng.pick([1, 2, 3, 5, 10, Math.max(1, Math.round(whole * 0.1))]);
    } else nv = newValue(rng, f.fmt, old, { neg: f.nonneg === false });
    e.val[key] = nv;
    const bad = checkRels(t, (a, k) => t.ents[a].val[k]);
    if (!bad.length) { e.val[key] = old; continue; }
    return { si, blk, ei, key, old, nv, kind, sheet: book.sheets[si].name };
  }
  throw new Error('plant failed');
}

// ---------------------------------------------------------------- book recipes
function single(t, sheetName, mode, o) { return { sheets: [{ name: sheetName, blocks: [{ t, mode: mode || 'normal', o: o || {} }] }] }; }

function layoutOpts(rng, o) {
  return {
    serial: o.serial !== undefined ? o.serial : rng.chance(0.2),
    blankAfterTitle: o.blankAfterTitle !== undefined ? o.blankAfterTitle : rng.chance(0.25),
    blankBeforeNotes: rng.chance(0.4), mergeNotes: rng.chance(0.5),
    noTitle: o.noTitle || false,
  };
}

function sheetName(rng, base) { return rng.pick([base, base, 'Sheet1', '表1', `${base}（汇总）`]); }

function recipe(rng, spec) {
  const o = Object.assign({}, spec.o || {});
  const kindB = spec.b;
  if (kindB === 'side' || kindB === 'combined') {
    o.towns = o.towns || rng.sample(TOWNS, rng.pick([5, 6, 7, 8]));
    o.place = o.place || rng.pick(COUNTIES); o.year = o.year || rng.pick([2023, 2024]);
    const shared = { towns: o.towns, place: o.place, year: o.year, totalPos: o.totalPos || rng.pick(['top', 'bottom']), totalLabel: o.totalLabel || rng.pick(['合计', '全县']), numbering: 'none', subtotals: false, blankBeforeTotal: false, unitStyle: 'none' };
    const a = build(bOrg, rng, Object.assign({}, shared, { scope: 'town', endBreak: false, remark: false, groupDec: true, other: rng.pick(['none', 'col']) }, o.a || {}));
    const b = build(bMember, rng, Object.assign({}, shared, { scope: 'town', femDev: false, growth: rng.pick([null, 'r1']), decMode: rng.pick(['full', 'partial']), incMode: 'full', balHidden: false }, o.b || {}));
    if (kindB === 'combined') {
      a.combTitle = `${o.place}${o.year}年党组织和党员变动情况统计表`; a.combUnit = '单位：个、名';
      const t = combine(a, b, '党组织（个）', '党员（名）');
      return single(t, sheetName(rng, '党组织和党员'), 'normal', layoutOpts(rng, o));
    }
    a.title = '一、党组织变动情况（单位：个）'; b.title = '二、党员变动情况（单位：名）'; a.unit = b.unit = ''; a.notes = []; b.notes = [];
    const lo = { serial: false, blankAfterTitle: false };
    const wA = 1 + a.fields.length; const wB = 1 + b.fields.length;
    return { sheets: [{ name: sheetName(rng, '党组织党员变动'), layout: 'side', r0: 3, gap: 1, texts: [{ r: 1, c: 1, text: `${o.place}${o.year}年党组织和党员队伍变动情况`, bold: true, merge: [1, wA + wB + 1] }, { r: 2, c: wA + wB + 1, text: '填报单位：县委组织部' }], blocks: [{ t: a, mode: 'normal', o: lo }, { t: b, mode: 'normal', o: lo }] }] };
  }
  if (kindB === 'multi') {
    o.towns = o.towns || rng.sample(TOWNS, rng.pick([5, 6, 7, 8, 9]));
    o.place = o.place || rng.pick(COUNTIES); o.year = o.year || rng.pick([2023, 2024]);
    const sh = { towns: o.towns, place: o.place, year: o.year };
    const a = build(bOrg, rng, Object.assign({ scope: 'town' }, sh));
    const b = build(bMember, rng, Object.assign({ scope: 'town' }, sh));
    const b3 = rng.pick([bDues, bFlowTS, bStructure]);
    const c = build(b3, rng, Object.assign(b3 === bStructure ? { ttList: b.S.data.map((ei) => b.ents[ei].raw.en), year: o.year } : {}, sh));
    return { sheets: [
      { name: '表1 党组织', blocks: [{ t: a, mode: 'normal', o: layoutOpts(rng, {}) }] },
      { name: '表2 党员', blocks: [{ t: b, mode: rng.chance(0.3) ? 'transposed' : 'normal', o: Object.assign(layoutOpts(rng, {}), { unitCol: rng.chance(0.5), groupHead: rng.pick([null, '乡镇（街道）']) }) }] },
      { name: '表3', blocks: [{ t: c, mode: 'normal', o: layoutOpts(rng, {}) }] },
    ] };
  }
  if (kindB === 'stack2') { // two tables stacked on one sheet
    o.place = o.place || rng.pick(COUNTIES); o.year = o.year || rng.pick([2023, 2024]);
    const a = build(bFlowTS, rng, { place: o.place, year: o.year, period: 'quarter', count: 4 });
    const b = build(bDues, rng, { place: o.place, year: o.year, scope: 'quarter', count: 4 });
    return { sheets: [{ name: '季度报表', gapRows: rng.pick([1, 2, 3]), blocks: [{ t: a, mode: 'normal', o: layoutOpts(rng, {}) }, { t: b, mode: 'normal', o: layoutOpts(rng, {}) }] }] };
  }
  const t = build(BUILDERS[kindB], rng, o);
  const mode = spec.mode || 'normal';
  const lo = layoutOpts(rng, o);
  if (mode === 'transposed') Object.assign(lo, { unitCol: o.unitCol !== undefined ? o.unitCol : rng.chance(0.5), groupHead: o.groupHead !== undefined ? o.groupHead : rng.pick([null, '乡镇（街道）', '其中']), unitWord: kindB === 'org' ? '个' : '名', tLabelHead: rng.pick(['项目', '指标', '指标名称']) });
  const names = { org: '党组织变动', member: '党员变动', flowts: '流动党员', flowtown: '流动党员', dues: '党费', duesrate: '党费收缴', twonew: '两新组织', compare: '基本情况', structure: '党员结构' };
  return single(t, sheetName(rng, names[kindB]), mode, lo);
}

// ---------------------------------------------------------------- main
async function emit(dir, name, spec, seed, plantKinds, manifest, note) {
  const rng = mkRng(seed);
  const book = recipe(rng, spec);
  const cleanFile = path.join(dir, name + '.xlsx');
  const rels = await writeBook(book, cleanFile);
  fs.writeFileSync(path.join(dir, name + '.rel.json'), JSON.stringify({ sheets: rels }, null, 0));
  manifest.push({ file: `${dir}/${name}.xlsx`, planted: null, note: note + ' clean' });
  if (!plantKinds) return;
  const p = plant(rng, book, plantKinds);
  const pf = path.join(dir, name + 'p.xlsx');
  const prels = await writeBook(book, pf);
  const cell = p.blk.addr[p.ei + '|' + p.key];
  fs.writeFileSync(path.join(dir, name + 'p.rel.json'), JSON.stringify({ sheets: prels, twinOf: `${dir}/${name}.xlsx`, planted: { sheet: p.sheet, cell, old: p.old, nv: p.nv, kind: p.kind } }, null, 0));
  manifest.push({ file: `${dir}/${name}p.xlsx`, planted: { sheet: p.sheet, cell }, note: `${note} plant:${p.kind} ${p.old}->${p.nv}` });
}

const CASES = [
  ['org_town', { b: 'org', o: { scope: 'town', groupDec: false, other: 'none', endBreak: false, totalPos: 'bottom', totalLabel: '合计' } }, ['flow']],
  ['org_group_top', { b: 'org', o: { scope: 'town', groupDec: true, subDec: true, endBreak: true, totalPos: 'top', totalLabel: '全县', other: 'none' } }, ['close']],
  ['org_type_qz', { b: 'org', o: { scope: 'type', other: 'none', endBreak: false } }, ['qz']],
  ['org_hidden', { b: 'org', o: { scope: 'town', other: 'hidden', groupDec: false, endBreak: false } }, ['total']],
  ['org_othercol', { b: 'org', o: { scope: 'town', other: 'col', groupDec: true, subDec: false } }, ['open']],
  ['mem_town', { b: 'member', o: { scope: 'town', incMode: 'full', decMode: 'full', balHidden: false, growth: null, totalPos: 'bottom' } }, ['flow']],
  ['mem_partial', { b: 'member', o: { scope: 'town', incMode: 'partial', decMode: 'partial', balHidden: false, totalPos: 'top' } }, ['qz']],
  ['mem_femdev_rate', { b: 'member', o: { scope: 'town', incMode: 'full', femDev: true, decMode: 'full', growth: 'r1', balHidden: false } }, ['rate']],
  ['mem_hiddenother', { b: 'member', o: { scope: 'town', incMode: 'full', decMode: 'hiddenOther', balHidden: false } }, ['total']],
  ['mem_balhidden', { b: 'member', o: { scope: 'town', incMode: 'full', decMode: 'full', balHidden: true } }, ['part']],
  ['mem_type', { b: 'member', o: { scope: 'type', incMode: 'full', decMode: 'other', balHidden: false } }, ['close']],
  ['mem_subtotals', { b: 'member', o: { scope: 'town', n: 9, subtotals: true, incMode: 'full', decMode: 'full', balHidden: false } }, ['total']],
  ['mem_transposed', { b: 'member', mode: 'transposed', o: { scope: 'town', incMode: 'full', decMode: 'full', balHidden: false, femDev: false, totalPos: 'top', subtotals: false } }, ['part']],
  ['org_transposed', { b: 'org', mode: 'transposed', o: { scope: 'town', other: 'none', remark: false, subtotals: false, unitCol: true } }, ['total']],
  ['flow_month', { b: 'flowts', o: { period: 'month', count: 12, split: false, sumPos: 'bottom' } }, ['close']],
  ['flow_q3', { b: 'flowts', o: { period: 'quarter', count: 3, split: false, sumPos: 'top' } }, ['open']],
  ['flow_split6', { b: 'flowts', o: { period: 'month', count: 6, split: true } }, ['flow']],
  ['flow_transposed', { b: 'flowts', mode: 'transposed', o: { period: 'month', count: 12, split: false, sumPos: 'bottom', unitCol: false, groupHead: null } }, ['total']],
  ['dues_town_yuan', { b: 'dues', o: { scope: 'town', money: 'y2', down: true } }, ['part']],
  ['dues_town_wan', { b: 'dues', o: { scope: 'town', money: 'w2', down: false, n: 12 } }, ['total']],
  ['dues_quarter_wan', { b: 'dues', o: { scope: 'quarter', money: 'w2', count: 4 } }, ['close']],
  ['duesrate', { b: 'duesrate', o: { money: 'y2' } }, ['rate']],
  ['twonew', { b: 'twonew', o: {} }, ['rate', 'qz']],
  ['compare', { b: 'compare', o: {} }, ['rate']],
  ['structure', { b: 'structure', o: {} }, ['qz']],
  ['side', { b: 'side', o: {} }, ['close']],
  ['combined', { b: 'combined', o: {} }, ['total']],
];

async function main() {
  for (const d of ['cases', 'probe']) { fs.rmSync(d, { recursive: true, force: true }); fs.mkdirSync(d); }
  const man = [];
  let seed = 8301;
  for (const [name, spec, kinds] of CASES) await emit('cases', name, spec, seed++, kinds, man, name);
  fs.writeFileSync('manifest.json', JSON.stringify(man, null, 1));
  // probe: random variety
  const pm = [];
  const prng = mkRng(83083);
  const kindsAll = ['total', 'part', 'flow', 'open', 'close', 'rate', 'qz', 'sub'];
  const bs = ['org', 'org', 'member', 'member', 'member', 'flowts', 'flowts', 'flowtown', 'dues', 'dues', 'duesrate', 'twonew', 'compare', 'structure', 'side', 'combined', 'multi', 'stack2'];
  for (let i = 0; i < 50; i++) {
    const b = prng.pick(bs);
    const spec = { b, o: { city: prng.chance(0.15) } };
    if (spec.o.city) spec.o.towns = prng.sample(DISTRICTS, prng.pick([5, 6, 7, 8]));
    if ((b === 'member' || b === 'org' || b === 'flowts') && prng.chance(0.3)) { spec.mode = 'transposed'; spec.o.scope = 'town'; spec.o.subtotals = false; spec.o.remark = false; }
    const ks = prng.chance(0.5) ? kindsAll : [prng.pick(kindsAll), prng.pick(kindsAll)];
    const name = `p${String(i).padStart(2, '0')}_${b}${spec.mode === 'transposed' ? '_t' : ''}`;
    try { await emit('probe', name, spec, 90000 + i * 7, ks.concat(['part', 'total']), pm, name); }
    catch (e) { console.error('probe', name, e.message); }
  }
  fs.writeFileSync('probe/manifest.json', JSON.stringify(pm, null, 1));
  console.log(`cases ${man.length}, probe ${pm.length}`);
}
if (require.main === module) main().catch((e) => { console.error(e); process.exit(1); });
module.exports = { mkRng, build, BUILDERS, writeBook, single, recipe, finalize };
