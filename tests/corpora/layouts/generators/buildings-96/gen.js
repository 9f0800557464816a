// Generator: party building in commercial buildings / parks / markets workbooks.
// NODE_PATH=/work/main/node_modules node gen.js
const ExcelJS = require('exceljs');
const fs = require('fs');
const path = require('path');
const OUT = __dirname;

function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
function mkR(seed) {
  const f = mulberry32(seed);
  const R = {
    f,
    ri: (a, b) => a + Math.floor(f() * (b - a + 1)),
    pick: (arr) => arr[Math.floor(f() * arr.length)],
    ch: (p) => f() < p,
    shuffle: (arr) => { const a = arr.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(f() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; },
  };
  return R;
}
function rnd(x, d) { const m = 10 ** d; const s = x < 0 ? -1 : 1; return Number(((s * Math.round(Math.abs(x) * m + 1e-7)) / m).toFixed(d)); }
function colL(c) { let s = ''; c++; while (c > 0) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s; }
const A = (rc) => colL(rc[1]) + (rc[0] + 1);
const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];

// ---------------------------------------------------------------- sheet builder
class SB {
  constructor(name) { this.name = name; this.v = new Map(); this.fmt = new Map(); this.merges = []; this.rels = []; this.ncols = 1; this.bold = new Set(); }
  set(r, c, v, fmt) { if (v === undefined || v === null) return; this.v.set(r + ',' + c, v); if (fmt) this.fmt.set(r + ',' + c, fmt); if (c + 1 > this.ncols) this.ncols = c + 1; }
  get(r, c) { return this.v.get(r + ',' + c); }
  merge(r1, c1, r2, c2) { this.merges.push([r1, c1, r2, c2]); }
  sum(total, parts, tol = 1e-6) { this.rels.push({ t: 'sum', total, parts, tol }); }
  le(whole, parts, meta) { this.rels.push({ t: 'le', whole, parts, tol: 1e-6, meta }); }
  rate(cell, num, den, k, d) { this.rels.push({ t: 'rate', cell, num, den, k, tol: 0.5 / 10 ** d + 1e-6, d }); }
  growth(cell, cur, prev, d) { this.rels.push({ t: 'growth', cell, cur, prev, tol: 0.5 / 10 ** d + 1e-6, d }); }
  pp(cell, cur, prev, d) { this.rels.push({ t: 'pp', cell, cur, prev, tol: 0.5 / 10 ** (d + 1), d }); }
}

// ---------------------------------------------------------------- vocab
const STREETS = ['城东街道', '城西街道', '滨江街道', '新华街道', '长安街道', '解放路街道', '人民路街道', '望江街道', '高新街道', '金融街街道', '文化路街道', '湖滨街道', '南苑街道', '北站街道', '东湖街道', '西溪街道'];
const DISTRICTS = ['城关区', '江东区', '河西区', '金水区', '滨海新区', '高新区', '经开区', '鼓楼区'];
const PREF = ['金融', '国贸', '万达', '华润', '中信', '世纪', '财富', '环球', '新城', '科创', '未来', '星河', '汇金', '天安', '银泰', '恒基', '海天', '东方', '紫金', '瑞丰', '中环', '嘉里', '融创', '绿地', '龙湖', '创智', '数智', '云谷', '长江', '凤凰', '明珠', '时代', '宏达', '锦绣', '百联', '新天地'];
const SUF = { 商务楼宇: ['大厦', '中心', '广场', '国际', '写字楼', '金融中心', '商务中心', '大楼'], 产业园区: ['科技园', '产业园', '创意园', '软件园', '智造园', '孵化基地', '数字产业园'], 商圈: ['商圈', '步行街商圈', '商业街区'], 市场: ['农贸市场', '建材市场', '服装批发市场', '小商品市场', '水产市场'] };
const PREF2 = ['合生', '总部'];
const SUF2 = { 产业园区: ['总部基地', '总部经济园'] };
const ROADS = ['解放路', '人民路', '中山路', '建设路', '文化路', '和平路', '新华路', '江滨路', '科技大道', '世纪大道', '长江路', '黄河路'];
const SURN = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '胡', '朱', '高', '林', '何', '郭', '马', '罗'];
const GIVN = ['伟', '芳', '娜', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '秀英', '华', '建国', '海燕', '晓东', '志强', '文博'];

function genBuilding(R, street, used, O) {
  const type = R.pick(['商务楼宇', '商务楼宇', '商务楼宇', '商务楼宇', '产业园区', '产业园区', '商圈', '市场']);
  let name; do { name = R.pick(O.broad ? PREF.concat(PREF2) : PREF) + R.pick(O.broad && SUF2[type] ? SUF[type].concat(SUF2[type]) : SUF[type]); } while (used.has(name)); used.add(name);
  let ent = type === '市场' ? R.ri(60, 450) : type === '产业园区' ? R.ri(30, 380) : type === '商圈' ? R.ri(80, 600) : R.ri(12, 260);
  const emp = type === '市场' ? ent * R.ri(2, 5) + R.ri(0, 40) : ent * R.ri(6, 45) + R.ri(0, 99);
  const pm = Math.max(3, Math.round(emp * (0.012 + R.f() * 0.05)));
  const flow = R.ri(0, Math.floor(pm * 0.45));
  const relIn = R.ri(Math.floor((pm - flow) * 0.3), pm - flow);
  const cov = R.ri(Math.ceil(ent * 0.06), Math.ceil(ent * 0.8));
  const indep = Math.min(cov, R.ri(0, Math.ceil(cov * 0.35)));
  const joint = cov - indep;
  const guides = R.ch(0.9) ? R.ri(1, 6) : 0;
  const centers = R.ch(0.7) ? (R.ch(0.85) ? 1 : 2) : 0;
  const area = centers ? centers * R.ri(40, 600) : 0;
  const fundsC = R.ch(0.93) ? R.ri(30, 4000) : 0; // cents of 万元
  const women = R.ri(Math.floor(pm * 0.3), Math.floor(pm * 0.6));
  const young = R.ri(Math.floor(pm * 0.3), Math.floor(pm * 0.7));
  const isNew = R.ch(0.1);
  const ent0 = isNew ? 0 : Math.max(5, ent - R.ri(-15, Math.ceil(ent * 0.2)));
  const cov0 = isNew ? 0 : Math.min(ent0, Math.max(0, cov - R.ri(-3, Math.ceil(cov * 0.3))));
  const pm0 = isNew ? 0 : Math.max(1, pm - R.ri(-5, Math.ceil(pm * 0.25)));
  const phoneNum = R.ch(0.6) ? Number('1' + R.pick(['38', '39', '58', '86', '35', '77']) + String(R.ri(10000000, 99999999))) : null;
  const phone = phoneNum || ('0' + R.pick(['571', '25', '27', '531', '371']) + '-' + R.ri(80000000, 89999999));
  return {
    type, name, street, ent, emp, pm, flow, relIn, cov, indep, joint, guides, centers, area, fundsC, women, young, isNew, ent0, cov0, pm0,
    contact: R.pick(SURN) + R.pick(GIVN), phone, phoneNum,
    addr: street.replace('街道', '') + R.pick(ROADS) + R.ri(1, 999) + '号',
    code: O.codeNumeric ? String(R.ri(100000000, 999999999)) : 'LY' + String(R.ri(1, 9999)).padStart(4, '0'),
    built: R.ri(1995, 2023), floors: R.ri(5, 62), zip: O.broad ? R.pick([310000, 310006, 310013, 210005, 430071, 250001]) + R.ri(0, 5) : 0,
    key: O.broad ? R.ch(0.35) : false,
  };
}
function genArea(R, O) {
  const city = O.city;
  const units = city ? R.shuffle(DISTRICTS).slice(0, R.ri(3, 6)) : R.shuffle(STREETS).slice(0, R.ri(3, 7));
  const used = new Set();
  const streets = units.map((s) => ({ name: s, b: Array.from({ length: R.ri(O.minB, O.maxB) }, () => genBuilding(R, s, used, O)) }));
  return { name: city ? R.pick(['江城市', '临海市', '安平市', '云州市']) : R.pick(DISTRICTS), streets, city };
}
const SK = ['ent', 'emp', 'pm', 'flow', 'relIn', 'cov', 'indep', 'joint', 'guides', 'centers', 'area', 'fundsC', 'women', 'young', 'ent0', 'cov0', 'pm0'];
function agg(bs) { const o = { n: bs.length, n0: bs.filter((b) => !b.isNew).length }; for (const k of SK) o[k] = bs.reduce((a, b) => a + b[k], 0); for (const t of ['商务楼宇', '产业园区', '商圈', '市场']) o['n_' + t] = bs.filter((b) => b.type === t).length; return o; }

// ---------------------------------------------------------------- common layout
function zeroV(v, Z) { if (v !== 0) return v; return Z === '0' ? 0 : Z === '—' ? '—' : null; }
function titleBlock(sb, ctx, title, ncols, extra) {
  const { R, O } = ctx; let r = sb.r0 || 0;
  if (O.tableNo && extra && extra.no) { sb.set(r, 0, extra.no); r++; }
  sb.set(r, 0, title); sb.merge(r, 0, r, Math.max(1, ncols - 1)); sb.bold.add(r + ',0'); r++;
  if (R.ch(0.5)) { sb.set(r, 0, O.periodLine); sb.merge(r, 0, r, Math.max(1, ncols - 1)); r++; }
  const unit = extra && extra.unit ? extra.unit : '单位：个、人、%';
  const style = R.ri(0, 3);
  if (style === 0) { sb.set(r, 0, unit); r++; }
  else if (style === 1) { sb.set(r, 0, '填报单位：' + O.org); sb.set(r, ncols - 1, unit); r++; }
  else if (style === 2) { sb.set(r, ncols - 1, unit); r++; }
  else { /* no unit line */ }
  return r;
}
function notesBlock(sb, ctx, r, lines) {
  const { R, O } = ctx;
  if (R.ch(0.6)) r++;
  for (const l of lines) { sb.set(r, 0, l); r++; }
  if (R.ch(0.5)) { sb.set(r, 0, '填报人：' + R.pick(SURN) + R.pick(GIVN) + '    审核人：' + R.pick(SURN) + R.pick(GIVN) + '    联系电话：' + '0571-8' + R.ri(1000000, 9999999)); r++; }
  sb.set(r, 0, '填报日期：' + O.dateStr); r++;
  return r;
}
function writeHeader(sb, r, cols, two) {
  if (two) {
    let c = 0;
    while (c < cols.length) {
      const col = cols[c];
      if (col.g) { let e = c; while (e + 1 < cols.length && cols[e + 1].g === col.g) e++; sb.set(r, c, col.g); if (e > c) sb.merge(r, c, r, e); for (let k = c; k <= e; k++) sb.set(r + 1, k, cols[k].s); c = e + 1; }
      else { sb.set(r, c, col.label); sb.merge(r, c, r + 1, c); c++; }
    }
    return r + 2;
  }
  cols.forEach((col, c) => sb.set(r, c, col.one || col.label || (col.g + col.s)));
  return r + 1;
}
function putRow(sb, r, cols, vals, ctx) {
  cols.forEach((col, c) => {
    let v = vals[col.key];
    if (v === undefined || v === null) return;
    if (typeof v === 'number' && col.num) {
      v = zeroV(v, ctx.O.Z);
      if (v !== null && typeof v === 'number' && ctx.O.textNums && col.textable && ctx.R.ch(0.15)) v = String(v);
    }
    sb.set(r, c, v, typeof v === 'number' ? col.fmt : undefined);
  });
}
const ci = (cols, k) => cols.findIndex((c) => c.key === k);

// rate helpers
function rateVal(num, den, O) { if (!den) return '—'; const x = (num / den) * (O.pctFmt ? 1 : 100); return rnd(x, O.pctFmt ? O.rd + 2 : O.rd); }
function rateFmt(O) { return O.pctFmt ? (O.rd === 1 ? '0.0%' : '0.00%') : O.rd === 1 ? '0.0' : '0.00'; }

// ---------------------------------------------------------------- ledger
function buildLedger(ctx, name) {
  const { R, O, D } = ctx; const sb = ctx.reuse || new SB(name);
  const L = {
    sub: R.ch(0.55), subPos: R.pick(['before', 'after']), totPos: R.pick(['first', 'last', 'last']),
    totLabel: R.pick(O.city ? ['全市', '合计', '总计'] : ['合计', '总计', '全区', '全区合计']),
    two: R.ch(0.6), grp: R.pick(['A', 'B']), streetCol: R.ch(0.7), avg: O.avgRows && R.ch(0.5), seqRestart: R.ch(0.3),
    lab: R.pick(['a', 'b', 'c']), mixedLab: O.mixedLab && R.ch(0.6),
  };
  if (process.env.FORCE_LEDGER) Object.assign(L, JSON.parse(process.env.FORCE_LEDGER));
  sb.layout = { type: 'ledger', ...L };
  const cols = [{ key: 'seq', label: '序号' }, { key: 'name', label: R.pick(['楼宇名称', '楼宇（园区）名称', '名称', '楼宇（园区、商圈、市场）名称']) }];
  if (L.streetCol) cols.push({ key: 'street', label: O.city ? '所在区' : '所在街道' });
  if (R.ch(0.4)) cols.push({ key: 'type', label: '类型' });
  if (R.ch(O.codeCol)) cols.push({ key: 'code', label: R.pick(['楼宇编码', '编号', '统计代码']) });
  if (R.ch(0.35)) cols.push({ key: 'addr', label: '地址' });
  if (R.ch(O.yearCol)) cols.push({ key: 'built', label: '建成年份', num: false });
  if (O.broad && R.ch(0.2)) cols.push({ key: 'zip', label: '邮政编码', num: false });
  if (R.ch(O.yearCol)) cols.push({ key: 'floors', label: '楼层数（层）', num: false });
  cols.push({ key: 'ent', label: '入驻企业数（个）', num: true, textable: true });
  if (R.ch(0.75)) cols.push({ key: 'emp', label: '从业人员数（人）', num: true });
  const qz = O.overlapQz && R.ch(0.5) ? ['women', 'young'] : ['flow', 'relIn'].filter(() => R.ch(0.85));
  const qzName = { flow: '流动党员', relIn: '组织关系在楼宇内', women: '女党员', young: '35岁及以下' };
  if (L.grp === 'A' && qz.length) {
    cols.push({ key: 'pm', g: '党员数（人）', s: '合计', one: '党员数（人）', num: true });
    qz.forEach((k) => cols.push({ key: k, g: '党员数（人）', s: '其中：' + qzName[k], one: '其中：' + qzName[k], num: true }));
  } else {
    cols.push({ key: 'pm', label: '党员数（人）', num: true });
    qz.forEach((k) => cols.push({ key: k, g: '其中', s: qzName[k], one: '其中：' + qzName[k], num: true }));
  }
  const split = R.ch(0.85);
  if (split && L.grp === 'A') {
    cols.push({ key: 'cov', g: '建立党组织企业数（个）', s: R.pick(['小计', '合计']), one: '建立党组织企业数（个）', num: true, textable: true });
    cols.push({ key: 'indep', g: '建立党组织企业数（个）', s: '独立建', one: '其中：独立建', num: true });
    cols.push({ key: 'joint', g: '建立党组织企业数（个）', s: '联合建', one: '联合建', num: true });
  } else {
    cols.push({ key: 'cov', label: '建立党组织企业数（个）', num: true, textable: true });
    if (split) { cols.push({ key: 'indep', g: '其中', s: '独立建', one: '其中：独立建', num: true }); cols.push({ key: 'joint', g: '其中', s: '联合建', one: '联合建', num: true }); }
  }
  cols.push({ key: 'rate', label: '党组织覆盖率（%）', fmt: rateFmt(O) });
  if (R.ch(0.7)) cols.push({ key: 'guides', label: '选派党建指导员（人）', num: true });
  const ctr = R.ch(0.7);
  if (ctr) { cols.push({ key: 'centers', g: '党群服务中心', s: '数量（个）', one: '党群服务中心（个）', num: true }); cols.push({ key: 'area', g: '党群服务中心', s: '面积（平方米）', one: '党群服务中心面积（平方米）', num: true }); }
  if (R.ch(0.8)) cols.push({ key: 'funds', label: '活动经费（万元）', num: true, fmt: '0.00' });
  if (R.ch(0.45)) { cols.push({ key: 'contact', label: '联系人' }); cols.push({ key: 'phone', label: '联系电话' }); }
  const has = (k) => ci(cols, k) >= 0;

  const title = (O.area.name) + R.pick(['商务楼宇（园区）党建工作情况统计表', '楼宇党建工作台账', '商务楼宇、商圈市场党建工作基本情况登记表', '“两新”组织集聚区党建工作情况明细表']);
  let r = titleBlock(sb, ctx, title, cols.length, { no: '表' + ctx.tno });
  r = writeHeader(sb, r, cols, L.two);
  // optional column-number row (一 二 三 / 1 2 3) — common in official forms
  if (O.colNumRow && R.ch(0.5)) { cols.forEach((c, i) => sb.set(r, i, i < 2 ? (i === 0 ? '甲' : '乙') : i - 1)); ctx.colNumRows = true; r++; }

  const valsOf = (o, kind) => {
    const v = {};
    for (const k of ['ent', 'emp', 'pm', 'flow', 'relIn', 'women', 'young', 'cov', 'indep', 'joint', 'guides', 'centers', 'area']) v[k] = o[k];
    v.funds = rnd(o.fundsC / 100, 2); v.rate = rateVal(o.cov, o.ent, O);
    if (kind === 'b') { v.name = o.name; v.street = o.street; v.type = o.type; v.code = o.code; v.addr = o.addr; v.built = o.built; v.floors = o.floors; v.zip = o.zip; v.contact = o.contact; v.phone = O.phoneNumeric && o.phoneNum ? o.phoneNum : String(o.phone); }
    return v;
  };
  const rowsOut = []; // {r, kind, parts}
  const totRow = { kind: 'tot' };
  const place = [];
  if (L.totPos === 'first') place.push(totRow);
  let seq = 0;
  D.streets.forEach((s, si) => {
    if (L.seqRestart) seq = 0;
    const subRow = { kind: 'sub', s, si, parts: [] };
    const brs = s.b.map((b) => ({ kind: 'b', b, seq: ++seq }));
    subRow.parts = brs;
    if (L.sub && L.subPos === 'before') place.push(subRow);
    brs.forEach((x) => place.push(x));
    if (L.sub && L.subPos === 'after') place.push(subRow);
    if (L.sub) totRow.parts = (totRow.parts || []).concat([subRow]); else totRow.parts = (totRow.parts || []).concat(brs);
  });
  if (L.totPos === 'last') place.push(totRow);
  const avgRow = L.avg ? { kind: 'avg' } : null;
  if (avgRow) { if (L.totPos === 'first') place.splice(1, 0, avgRow); else place.push(avgRow); }
  const allB = D.streets.flatMap((s) => s.b);
  const T = agg(allB);
  for (const x of place) {
    x.r = r;
    let v;
    if (x.kind === 'b') { v = valsOf(x.b, 'b'); v.seq = x.seq; }
    else if (x.kind === 'sub') {
      v = valsOf(agg(x.s.b), 's');
      const lab = L.labSeq ? L.labSeq[x.si % L.labSeq.length] : L.mixedLab ? R.pick(['a', 'b', 'c']) : L.lab;
      if (L.streetCol && lab !== 'c') { v.street = x.s.name; v.name = '小计'; }
      else if (lab === 'b') v.name = x.s.name;
      else v.name = x.s.name + '小计';
      if (ctx.O.cnSeq) v.seq = CN[x.si];
    } else if (x.kind === 'tot') { v = valsOf(T, 't'); v.name = L.totLabel; if (R.ch(0.3)) { v.seq = L.totLabel; delete v.name; } }
    else if (x.kind === 'avg') {
      v = {}; const n = allB.length;
      for (const k of ['ent', 'emp', 'pm', 'flow', 'relIn', 'women', 'young', 'cov', 'indep', 'joint', 'guides', 'centers', 'area']) v[k] = rnd(T[k] / n, 1);
      v.funds = rnd(T.fundsC / 100 / n, 2); v.rate = '—'; v.name = R.pick(['平均', '平均值', '楼均']);
    }
    if (x.kind !== 'b' && x.kind !== 'avg') { for (const k of ['type', 'code', 'addr', 'built', 'floors', 'zip', 'contact', 'phone']) if (ctx.O.Z === '—' && R.ch(0.3)) v[k] = '—'; }
    putRow(sb, r, cols.map((c) => (x.kind === 'avg' && c.num ? { ...c, fmt: c.key === 'funds' ? '0.00' : '0.0' } : c)), v, ctx);
    r++;
  }
  // relations
  const C = (k) => ci(cols, k);
  for (const x of place) {
    if (x.kind === 'avg') continue;
    const rr = x.r;
    if (has('indep')) sb.sum([rr, C('cov')], [[rr, C('indep')], [rr, C('joint')]]);
    for (const k of qz) if (has(k)) sb.le([rr, C('pm')], [[rr, C(k)]]);
    if (has('flow') && has('relIn')) sb.le([rr, C('pm')], [[rr, C('flow')], [rr, C('relIn')]]);
    sb.le([rr, C('ent')], [[rr, C('cov')]]);
    if (has('emp')) sb.le([rr, C('emp')], [[rr, C('pm')]]);
    sb.rate([rr, C('rate')], [rr, C('cov')], [rr, C('ent')], O.pctFmt ? 1 : 100, O.pctFmt ? O.rd + 2 : O.rd);
    if (has('centers') && has('area')) { /* no arithmetic relation */ }
    if (x.parts) {
      for (const k of ['ent', 'emp', 'pm', 'flow', 'relIn', 'women', 'young', 'cov', 'indep', 'joint', 'guides', 'centers', 'area', 'funds']) {
        if (!has(k)) continue;
        sb.sum([rr, C(k)], x.parts.map((p) => [p.r, C(k)]), k === 'funds' ? 0.005 : 1e-6);
      }
    }
  }
  const notes = ['注：1.党组织覆盖率=建立党组织企业数÷入驻企业数×100%' + (O.pctFmt ? '。' : '，保留' + (O.rd === 1 ? '一' : '两') + '位小数。')];
  if (has('flow')) notes.push('2.流动党员指组织关系不在本楼宇（园区）党组织的党员。');
  if (has('indep')) notes.push((has('flow') ? '3' : '2') + '.建立党组织企业数=独立建立党组织企业数+联合建立党组织覆盖企业数。');
  notesBlock(sb, ctx, r, notes);
  return sb;
}

// ---------------------------------------------------------------- summary by street
function buildSummary(ctx, name) {
  const { R, O, D } = ctx; const sb = ctx.reuse || new SB(name);
  const L = { two: R.ch(0.6), totPos: R.pick(['first', 'last', 'last']), totLabel: R.pick(O.city ? ['全市', '合计'] : ['合计', '全区', '总计']), types: R.ch(0.6), avg: O.avgRows && R.ch(0.3) };
  const U = O.city ? '区' : '街道';
  const cols = [];
  if (R.ch(0.7)) cols.push({ key: 'seq', label: '序号' });
  cols.push({ key: 'name', label: U });
  if (L.types) {
    cols.push({ key: 'n', g: '楼宇（园区、商圈、市场）数（个）', s: '合计', one: '楼宇（园区）数（个）', num: true });
    cols.push({ key: 'n_商务楼宇', g: '楼宇（园区、商圈、市场）数（个）', s: '商务楼宇', one: '其中：商务楼宇', num: true });
    cols.push({ key: 'n_产业园区', g: '楼宇（园区、商圈、市场）数（个）', s: '产业园区', one: '产业园区', num: true });
    cols.push({ key: 'n_商圈', g: '楼宇（园区、商圈、市场）数（个）', s: '商圈', one: '商圈', num: true });
    cols.push({ key: 'n_市场', g: '楼宇（园区、商圈、市场）数（个）', s: '市场', one: '市场', num: true });
  } else cols.push({ key: 'n', label: '楼宇（园区）数（个）', num: true });
  cols.push({ key: 'ent', label: '入驻企业数（个）', num: true });
  if (R.ch(0.6)) cols.push({ key: 'emp', label: '从业人员数（人）', num: true });
  const fl = R.ch(0.6);
  if (fl) { cols.push({ key: 'pm', g: '党员数（人）', s: '合计', one: '党员数（人）', num: true }); cols.push({ key: 'flow', g: '党员数（人）', s: '其中：流动党员', one: '其中：流动党员', num: true }); }
  else cols.push({ key: 'pm', label: '党员数（人）', num: true });
  const split = R.ch(0.7);
  if (split) { ['合计', '独立建', '联合建'].forEach((s, i) => cols.push({ key: ['cov', 'indep', 'joint'][i], g: '建立党组织企业数（个）', s, one: i === 0 ? '建立党组织企业数（个）' : i === 1 ? '其中：独立建' : '联合建', num: true })); }
  else cols.push({ key: 'cov', label: '建立党组织企业数（个）', num: true });
  cols.push({ key: 'rate', label: R.pick(['党组织覆盖率（%）', '覆盖率（%）']), fmt: rateFmt(O) });
  if (R.ch(0.6)) cols.push({ key: 'guides', label: '党建指导员（人）', num: true });
  if (R.ch(0.6)) cols.push({ key: 'centers', label: '党群服务中心（个）', num: true });
  if (R.ch(0.5)) cols.push({ key: 'area', label: '阵地面积（平方米）', num: true });
  if (R.ch(0.7)) cols.push({ key: 'funds', label: '活动经费（万元）', num: true, fmt: '0.00' });
  const flowShare = fl && O.broad && R.ch(0.35); if (flowShare) cols.splice(ci(cols, 'flow') + 1, 0, { key: 'flowShare', label: '流动党员占比（%）', fmt: rateFmt(O) });
  const entShare = O.broad && R.ch(0.3); if (entShare) cols.splice(ci(cols, 'ent') + 1, 0, { key: 'entShare', label: R.pick(['占全区比重（%）', '企业数占比（%）']), fmt: rateFmt(O) });
  const keyRow = O.broad && R.ch(0.35);
  const has = (k) => ci(cols, k) >= 0; const C = (k) => ci(cols, k);
  let r = titleBlock(sb, ctx, O.area.name + R.pick(['商务楼宇党建工作情况汇总表', '楼宇（园区）党建工作分' + U + '汇总表', '两新组织集聚区党建工作统计汇总表']), cols.length, { no: '表' + ctx.tno });
  r = writeHeader(sb, r, cols, L.two);
  const valsOf = (a) => { const v = { n: a.n, ent: a.ent, emp: a.emp, pm: a.pm, flow: a.flow, cov: a.cov, indep: a.indep, joint: a.joint, guides: a.guides, centers: a.centers, area: a.area, funds: rnd(a.fundsC / 100, 2), rate: rateVal(a.cov, a.ent, O), flowShare: rateVal(a.flow, a.pm, O), entShare: rateVal(a.ent, TT.ent, O) }; for (const t of ['商务楼宇', '产业园区', '商圈', '市场']) v['n_' + t] = a['n_' + t]; return v; };
  const TT = agg(D.streets.flatMap((s) => s.b)); const T = TT;
  const rows = D.streets.map((s, i) => ({ kind: 's', v: { ...valsOf(agg(s.b)), name: s.name, seq: O.cnSeq ? CN[i] : i + 1 } }));
  const tot = { kind: 't', v: { ...valsOf(T), name: L.totLabel } };
  const place = L.totPos === 'first' ? [tot, ...rows] : [...rows, tot];
  const keyB = D.streets.flatMap((s) => s.b).filter((b) => b.key);
  if (keyRow && keyB.length) { const kr = { kind: 'k', v: { ...valsOf(agg(keyB)), name: R.pick(['其中：重点楼宇', '其中：税收亿元楼宇', '其中：市级示范楼宇']) } }; delete kr.v.entShare; if (L.totPos === 'first') place.splice(1, 0, kr); else place.push(kr); }
  if (L.avg) { const n = D.streets.length; const av = { name: '平均' }; for (const k of ['n', 'ent', 'emp', 'pm', 'flow', 'cov', 'indep', 'joint', 'guides', 'centers', 'area']) av[k] = rnd(T[k] / n, 1); av.funds = rnd(T.fundsC / 100 / n, 2); av.rate = '—'; place.push({ kind: 'avg', v: av }); }
  for (const x of place) { x.r = r; putRow(sb, r, x.kind === 'avg' ? cols.map((c) => (c.num ? { ...c, fmt: c.key === 'funds' ? '0.00' : '0.0' } : c)) : cols, x.v, ctx); r++; }
  for (const x of place) {
    if (x.kind === 'avg') continue; const rr = x.r;
    if (L.types) sb.sum([rr, C('n')], ['商务楼宇', '产业园区', '商圈', '市场'].map((t) => [rr, C('n_' + t)]));
    if (split) sb.sum([rr, C('cov')], [[rr, C('indep')], [rr, C('joint')]]);
    if (flowShare && typeof x.v.flowShare === 'number') sb.rate([rr, C('flowShare')], [rr, C('flow')], [rr, C('pm')], O.pctFmt ? 1 : 100, O.pctFmt ? O.rd + 2 : O.rd);
    if (entShare && x.kind !== 'k') sb.rate([rr, C('entShare')], [rr, C('ent')], [tot.r, C('ent')], O.pctFmt ? 1 : 100, O.pctFmt ? O.rd + 2 : O.rd);
    if (x.kind === 'k') for (const c of cols) if (c.num) sb.le([tot.r, C(c.key)], [[rr, C(c.key)]]);
    if (fl) sb.le([rr, C('pm')], [[rr, C('flow')]]);
    sb.le([rr, C('ent')], [[rr, C('cov')]]);
    sb.rate([rr, C('rate')], [rr, C('cov')], [rr, C('ent')], O.pctFmt ? 1 : 100, O.pctFmt ? O.rd + 2 : O.rd);
    if (x.kind === 't') for (const c of cols) if (c.num) sb.sum([rr, C(c.key)], rows.map((p) => [p.r, C(c.key)]), c.key === 'funds' ? 0.005 : 1e-6);
  }
  notesBlock(sb, ctx, r, ['注：本表根据' + (ctx.ledgerName ? '“' + ctx.ledgerName + '”' : '楼宇台账') + '汇总，各' + U + '数据为所辖楼宇（园区）之和。']);
  return sb;
}

// ---------------------------------------------------------------- transposed summary
function buildTransposed(ctx, name) {
  const { R, O, D } = ctx; const sb = ctx.reuse || new SB(name);
  const totFirst = R.ch(0.6); const totLabel = O.city ? '全市' : R.pick(['全区', '合计']);
  const seqCol = R.ch(0.5);
  const items = [['n', '楼宇（园区）数', '个']];
  const types = R.ch(0.5);
  if (types) items.push(['n_商务楼宇', '其中：商务楼宇', '个'], ['n_产业园区', '产业园区', '个'], ['n_商圈', '商圈', '个'], ['n_市场', '市场', '个']);
  items.push(['ent', '入驻企业数', '个']);
  if (R.ch(0.6)) items.push(['emp', '从业人员数', '人']);
  items.push(['pm', '党员数', '人']);
  const fl = R.ch(0.7); if (fl) items.push(['flow', '其中：流动党员', '人']);
  const ri_ = R.ch(0.5); if (ri_) items.push(['relIn', (fl ? '' : '其中：') + '组织关系在楼宇内', '人']);
  items.push(['cov', '建立党组织企业数', '个']);
  const split = R.ch(0.7); if (split) items.push(['indep', '其中：独立建', '个'], ['joint', '联合建', '个']);
  items.push(['rate', '党组织覆盖率', '%']);
  if (R.ch(0.6)) items.push(['guides', '选派党建指导员', '人']);
  if (R.ch(0.6)) items.push(['centers', '党群服务中心', '个']);
  if (R.ch(0.6)) items.push(['funds', '活动经费', '万元']);
  const units = D.streets.map((s) => ({ name: s.name, a: agg(s.b) }));
  const T = { name: totLabel, a: agg(D.streets.flatMap((s) => s.b)) };
  const ucols = totFirst ? [T, ...units] : [...units, T];
  const c0 = seqCol ? 1 : 0; const cfirst = c0 + 2;
  let r = titleBlock(sb, ctx, O.area.name + '商务楼宇党建工作主要指标' + R.pick(['汇总表', '情况表', '（分' + (O.city ? '区' : '街道') + '）']), cfirst + ucols.length, { no: '表' + ctx.tno, unit: R.pick(['单位：个、人、%、万元', '', '单位：个、人']) || undefined });
  if (seqCol) sb.set(r, 0, '序号'); sb.set(r, c0, '指标'); sb.set(r, c0 + 1, '单位'); ucols.forEach((u, i) => sb.set(r, cfirst + i, u.name)); r++;
  const rowOf = {};
  items.forEach(([k, lab, un], i) => {
    rowOf[k] = r; if (seqCol) sb.set(r, 0, i + 1); sb.set(r, c0, lab); sb.set(r, c0 + 1, un);
    ucols.forEach((u, j) => {
      let v = k === 'rate' ? rateVal(u.a.cov, u.a.ent, O) : k === 'funds' ? rnd(u.a.fundsC / 100, 2) : u.a[k];
      if (typeof v === 'number' && k !== 'rate') v = zeroV(v, O.Z);
      sb.set(r, cfirst + j, v, k === 'rate' ? rateFmt(O) : k === 'funds' ? '0.00' : undefined);
    });
    r++;
  });
  const tc = cfirst + (totFirst ? 0 : ucols.length - 1);
  const pcs = ucols.map((u, j) => cfirst + j).filter((c) => c !== tc);
  for (const [k] of items) if (k !== 'rate') sb.sum([rowOf[k], tc], pcs.map((c) => [rowOf[k], c]), k === 'funds' ? 0.005 : 1e-6);
  ucols.forEach((u, j) => {
    const c = cfirst + j;
    if (types) sb.sum([rowOf.n, c], ['n_商务楼宇', 'n_产业园区', 'n_商圈', 'n_市场'].map((k) => [rowOf[k], c]));
    if (split) sb.sum([rowOf.cov, c], [[rowOf.indep, c], [rowOf.joint, c]]);
    if (fl) sb.le([rowOf.pm, c], [[rowOf.flow, c]]);
    if (ri_) sb.le([rowOf.pm, c], [[rowOf.relIn, c]]);
    sb.le([rowOf.ent, c], [[rowOf.cov, c]]);
    sb.rate([rowOf.rate, c], [rowOf.cov, c], [rowOf.ent, c], O.pctFmt ? 1 : 100, O.pctFmt ? O.rd + 2 : O.rd);
  });
  notesBlock(sb, ctx, r, ['注：' + totLabel + '数为各' + (O.city ? '区' : '街道') + '之和；覆盖率按建立党组织企业数除以入驻企业数计算。']);
  return sb;
}

// ---------------------------------------------------------------- monthly by street
function genMonthly(R, D) {
  return D.streets.map((s) => {
    const m = {};
    m.org = R.ri(0, 4); m.orgC = m.org + R.ri(0, 14);
    m.dev = R.ri(0, 5); m.devC = m.dev + R.ri(0, 18);
    m.act = R.ri(2, 30); m.actC = m.act + R.ri(15, 140); m.actP = R.ch(0.05) ? 0 : R.ri(10, 170);
    m.fund = R.ri(0, 900); m.fundC = m.fund + R.ri(200, 6000); m.fundP = R.ri(150, 6500); // cents
    m.ppl = R.ri(50, 1500); m.pplC = m.ppl + R.ri(300, 8000); m.pplP = R.ri(200, 9000);
    return m;
  });
}
function buildMonthlyStreet(ctx, name) {
  const { R, O, D } = ctx; const sb = ctx.reuse || new SB(name);
  const M = ctx.M || (ctx.M = genMonthly(R, D));
  const totFirst = R.ch(0.35); const totLabel = O.city ? '全市' : R.pick(['合计', '全区', '总计']);
  const mo = O.month; const cumL = R.pick(['1—' + mo + '月累计', '1-' + mo + '月累计', '累计', '本年累计']);
  const moL = R.pick(['本月', mo + '月']);
  const gL = R.pick(['同比增长（%）', '同比增减（%）', '同比（%）']);
  const cols = [{ key: 'name', label: O.city ? '区' : '街道' }];
  const groups = [];
  if (R.ch(0.8)) groups.push(['org', '新建立党组织（个）', false, 0]);
  if (R.ch(0.7)) groups.push(['dev', '新发展党员（人）', false, 0]);
  groups.push(['act', '开展党建活动（次）', true, 0]);
  if (R.ch(0.5)) groups.push(['ppl', '参与活动（人次）', true, 0]);
  if (R.ch(0.6)) groups.push(['fund', '活动经费支出（万元）', true, 2]);
  const three = O.broad && R.ch(0.4);
  for (const [k, g, gr, dec] of groups) {
    if (three && !gr) { cols.push({ key: k + 'L', g, s: '截至上月累计', num: true }); cols.push({ key: k, g, s: '本月新增', num: true }); cols.push({ key: k + 'C', g, s: '截至本月累计', num: true }); continue; }
    cols.push({ key: k, g, s: moL, one: g.replace(/（/, moL + '（'), num: true, fmt: dec ? '0.00' : undefined });
    cols.push({ key: k + 'C', g, s: cumL, one: g.replace(/（/, cumL + '（'), num: true, fmt: dec ? '0.00' : undefined });
    if (gr) { cols.push({ key: k + 'P', g, s: '去年同期', one: g.replace(/（/, '去年同期（'), num: true, fmt: dec ? '0.00' : undefined }); cols.push({ key: k + 'G', g, s: gL, one: gL, fmt: '0.0' }); }
  }
  const C = (k) => ci(cols, k);
  let r = titleBlock(sb, ctx, O.area.name + R.pick(['商务楼宇党建工作进展情况月报表', '楼宇党建重点工作推进情况表（' + mo + '月）', '“两新”组织集聚区党建工作月度统计表']), cols.length, { no: '表' + ctx.tno, unit: R.pick(['单位：个、人、次、万元、%', '单位：个、人、次', '']) || undefined });
  r = writeHeader(sb, r, cols, true);
  const vals = (m) => { const v = {}; for (const [k, , gr, dec] of groups) { const f = (x) => (dec ? rnd(x / 100, 2) : x); v[k] = f(m[k]); v[k + 'C'] = f(m[k + 'C']); v[k + 'L'] = f(m[k + 'C'] - m[k]); if (gr) { v[k + 'P'] = f(m[k + 'P']); v[k + 'G'] = m[k + 'P'] ? rnd((m[k + 'C'] / m[k + 'P'] - 1) * 100, 1) : '—'; } } return v; };
  const T = {}; for (const k of Object.keys(M[0])) T[k] = M.reduce((a, m) => a + m[k], 0);
  const rows = D.streets.map((s, i) => ({ kind: 's', v: { ...vals(M[i]), name: s.name } }));
  const tot = { kind: 't', v: { ...vals(T), name: totLabel } };
  const place = totFirst ? [tot, ...rows] : [...rows, tot];
  for (const x of place) { x.r = r; putRow(sb, r, cols, x.v, ctx); r++; }
  for (const x of place) {
    const rr = x.r;
    for (const [k, , gr, dec] of groups) {
      sb.le([rr, C(k + 'C')], [[rr, C(k)]], { cum: true });
      if (C(k + 'L') >= 0) { sb.sum([rr, C(k + 'C')], [[rr, C(k + 'L')], [rr, C(k)]]); if (x.kind === 't') sb.sum([rr, C(k + 'L')], rows.map((p) => [p.r, C(k + 'L')])); }
      if (gr && typeof x.v[k + 'G'] === 'number') sb.growth([rr, C(k + 'G')], [rr, C(k + 'C')], [rr, C(k + 'P')], 1);
      if (x.kind === 't') for (const kk of gr ? [k, k + 'C', k + 'P'] : [k, k + 'C']) sb.sum([rr, C(kk)], rows.map((p) => [p.r, C(kk)]), dec ? 0.005 : 1e-6);
    }
  }
  notesBlock(sb, ctx, r, ['注：同比增长=（' + cumL + '÷去年同期-1）×100%；去年同期为0的不计算。']);
  return sb;
}

// ---------------------------------------------------------------- monthly indicators (rows)
function buildMonthlyItems(ctx, name) {
  const { R, O } = ctx; const sb = ctx.reuse || new SB(name);
  const mo = O.month;
  const g = () => { const m = R.ri(0, 12); return { m, c: m + R.ri(0, 60), p: R.ri(0, 80) }; };
  const gb = (s) => { const m = R.ri(0, 12 * s); return { m, c: m + R.ri(5 * s, 60 * s), p: R.ri(5 * s, 80 * s) }; };
  const add = (...xs) => ({ m: xs.reduce((a, x) => a + x.m, 0), c: xs.reduce((a, x) => a + x.c, 0), p: xs.reduce((a, x) => a + x.p, 0) });
  const le = (x) => { const m = R.ri(0, x.m); const c = Math.max(m, R.ri(0, x.c)); return { m: Math.min(m, c), c: Math.min(c, x.c), p: R.ri(0, x.p) }; };
  const indep = g(), joint = g(); const org = add(indep, joint);
  const dev = gb(2); const young = le(dev);
  const fA = gb(30), fB = gb(20), fC = gb(10); const fund = add(fA, fB, fC);
  const items = [
    { sec: '一、组织覆盖' },
    { no: 1, name: '新建立党组织', unit: '个', d: org, id: 'org' },
    { name: '其中：独立建立', unit: '个', d: indep, par: 'org' },
    { name: '联合建立', unit: '个', d: joint, par: 'org' },
    { no: 2, name: '新增覆盖企业', unit: '个', d: gb(3) },
    { no: 3, name: '新纳入管理流动党员', unit: '人', d: gb(2) },
    { sec: '二、队伍建设' },
    { no: 4, name: '新发展党员', unit: '人', d: dev, id: 'dev' },
    { name: '其中：35岁及以下', unit: '人', d: young, lePar: 'dev' },
    { no: 5, name: '选派党建指导员', unit: '人', d: g() },
    { sec: '三、活动开展' },
    { no: 6, name: '开展主题党日活动', unit: '次', d: gb(4) },
    { no: 7, name: '参与党员群众', unit: '人次', d: gb(90) },
    { no: 8, name: '举办培训班', unit: '期', d: g() },
    { sec: '四、阵地和经费' },
    { no: 9, name: '新建党群服务中心（站点）', unit: '个', d: { m: R.ri(0, 2), c: 0, p: R.ri(0, 6) } },
    { no: 10, name: '投入活动经费', unit: '万元', d: fund, id: 'fund', dec: 2 },
    { name: '其中：区级补助', unit: '万元', d: fA, par: 'fund', dec: 2 },
    { name: '街道配套', unit: '万元', d: fB, par: 'fund', dec: 2 },
    { name: '企业自筹', unit: '万元', d: fC, par: 'fund', dec: 2 },
  ];
  { const it = items.find((x) => x.name && x.name.startsWith('新建党群')); it.d.c = it.d.m + R.ri(0, 5); }
  const withPP = R.ch(0.5); const withG = R.ch(0.85) || !withPP;
  const cumL = R.pick(['1—' + mo + '月累计', '1-' + mo + '月', '本年累计']);
  const hdr = ['序号', '指标', '单位', R.pick(['本月', mo + '月']), cumL, R.pick(['去年同期', '上年同期累计', '去年同期累计'])];
  if (withPP) hdr.push('增减');
  if (withG) hdr.push(R.pick(['同比增长（%）', '同比（%）', '增幅（%）']));
  let r = titleBlock(sb, ctx, O.area.name + '楼宇党建工作主要指标完成情况（' + O.year + '年' + mo + '月）', hdr.length, { no: '表' + ctx.tno, unit: '' });
  hdr.forEach((h, i) => sb.set(r, i, h)); r++;
  const cM = 3, cC = 4, cP = 5, cPP = withPP ? 6 : -1, cG = withG ? (withPP ? 7 : 6) : -1;
  const rowOf = {};
  for (const it of items) {
    it.r = r;
    if (it.sec) { sb.set(r, 0, it.sec); if (R.ch(0.5)) sb.merge(r, 0, r, 2); r++; continue; }
    if (it.no) sb.set(r, 0, it.no); sb.set(r, 1, it.name); sb.set(r, 2, it.unit);
    const f = (x) => (it.dec ? rnd(x / 100, 2) : x); const fm = it.dec ? '0.00' : undefined;
    sb.set(r, cM, zeroV(f(it.d.m), O.Z), fm); sb.set(r, cC, zeroV(f(it.d.c), O.Z), fm); sb.set(r, cP, zeroV(f(it.d.p), O.Z), fm);
    if (withPP) sb.set(r, cPP, zeroV(f(it.d.c - it.d.p), O.Z), fm);
    if (withG) sb.set(r, cG, it.d.p ? rnd((it.d.c / it.d.p - 1) * 100, 1) : '—', '0.0');
    if (it.id) rowOf[it.id] = r;
    r++;
  }
  for (const it of items) {
    if (it.sec) continue; const rr = it.r; const tol = it.dec ? 0.005 : 1e-6;
    sb.le([rr, cC], [[rr, cM]], { cum: true });
    if (withPP) sb.pp([rr, cPP], [rr, cC], [rr, cP], it.dec ? 2 : 0);
    if (withG && it.d.p) sb.growth([rr, cG], [rr, cC], [rr, cP], 1);
    if (it.lePar) for (const c of [cM, cC]) sb.le([rowOf[it.lePar], c], [[rr, c]]);
    if (it.id && items.some((x) => x.par === it.id)) {
      const kids = items.filter((x) => x.par === it.id);
      for (const c of [cM, cC, cP]) sb.sum([rr, c], kids.map((k) => [k.r, c]), tol);
      if (withPP) sb.sum([rr, cPP], kids.map((k) => [k.r, cPP]), tol);
    }
  }
  notesBlock(sb, ctx, r, ['注：“增减”为' + cumL + '与去年同期之差；同比增长按累计数计算。']);
  return sb;
}

// ---------------------------------------------------------------- quarterly by street
function buildQuarterly(ctx, name) {
  const { R, O, D } = ctx; const sb = ctx.reuse || new SB(name);
  const full = R.ch(0.5); // full previous year 4 quarters, else H1 current
  const qs = full ? ['一季度', '二季度', '三季度', '四季度'] : ['一季度', '二季度'];
  const sumL = full ? '全年合计' : R.pick(['上半年合计', '1—2季度累计', '合计']);
  const prevL = full ? '上年全年' : '去年同期';
  const inds = [['act', '开展党建活动（次）', 3, 40]];
  if (R.ch(0.6)) inds.push(['ppl', '参与人数（人次）', 40, 900]);
  const data = D.streets.map(() => { const o = {}; for (const [k, , a, b] of inds) { o[k] = qs.map(() => R.ri(a, b)); o[k + 'P'] = R.ch(0.05) ? 0 : R.ri(a * qs.length, b * qs.length); } return o; });
  const cols = [{ key: 'name', label: O.city ? '区' : '街道' }];
  for (const [k, g] of inds) { qs.forEach((q, i) => cols.push({ key: k + i, g, s: q, num: true })); cols.push({ key: k + 'S', g, s: sumL, num: true }); cols.push({ key: k + 'P', g, s: prevL, num: true }); cols.push({ key: k + 'G', g, s: '同比增长（%）', fmt: '0.0' }); }
  const C = (k) => ci(cols, k);
  let r = titleBlock(sb, ctx, O.area.name + '楼宇党建活动开展情况' + (full ? '（' + (O.year - 1) + '年度分季度）' : '（' + O.year + '年上半年）'), cols.length, { no: '表' + ctx.tno, unit: '单位：次、人次、%' });
  r = writeHeader(sb, r, cols, true);
  const vals = (o) => { const v = {}; for (const [k] of inds) { o[k].forEach((x, i) => (v[k + i] = x)); const s = o[k].reduce((a, b) => a + b, 0); v[k + 'S'] = s; v[k + 'P'] = o[k + 'P']; v[k + 'G'] = o[k + 'P'] ? rnd((s / o[k + 'P'] - 1) * 100, 1) : '—'; } return v; };
  const T = {}; for (const [k] of inds) { T[k] = qs.map((_, i) => data.reduce((a, o) => a + o[k][i], 0)); T[k + 'P'] = data.reduce((a, o) => a + o[k + 'P'], 0); }
  const rows = D.streets.map((s, i) => ({ kind: 's', v: { ...vals(data[i]), name: s.name } }));
  const tot = { kind: 't', v: { ...vals(T), name: O.city ? '全市' : R.pick(['合计', '全区']) } };
  const place = R.ch(0.4) ? [tot, ...rows] : [...rows, tot];
  for (const x of place) { x.r = r; putRow(sb, r, cols, x.v, ctx); r++; }
  for (const x of place) {
    const rr = x.r;
    for (const [k] of inds) {
      sb.sum([rr, C(k + 'S')], qs.map((_, i) => [rr, C(k + i)]));
      if (typeof x.v[k + 'G'] === 'number') sb.growth([rr, C(k + 'G')], [rr, C(k + 'S')], [rr, C(k + 'P')], 1);
      if (x.kind === 't') for (const kk of [...qs.map((_, i) => k + i), k + 'S', k + 'P']) sb.sum([rr, C(kk)], rows.map((p) => [p.r, C(kk)]));
    }
  }
  notesBlock(sb, ctx, r, []);
  return sb;
}

// ---------------------------------------------------------------- year start / end by street
function buildYearChange(ctx, name) {
  const { R, O, D } = ctx; const sb = ctx.reuse || new SB(name);
  const byPeriod = R.ch(0.35);
  const d = O.rd;
  const inds = [['n', '楼宇（园区）数（个）', 'n0', 'n'], ['ent', '入驻企业数（个）', 'ent0', 'ent'], ['cov', '建立党组织企业数（个）', 'cov0', 'cov'], ['rate', '党组织覆盖率（%）'], ['pm', '党员数（人）', 'pm0', 'pm']].filter((x, i) => i < 3 || x[0] === 'rate' || R.ch(0.7));
  const pmG = R.ch(0.5);
  const cols = [{ key: 'name', label: O.city ? '区' : '街道' }];
  const periods = [['S', '年初数'], ['E', O.yeLabel], ['D', '增减']];
  if (!byPeriod) {
    for (const [k, g] of inds) {
      for (const [p, pl] of periods) cols.push({ key: k + p, g, s: k === 'rate' && p === 'D' ? '增减（百分点）' : pl, num: k !== 'rate', fmt: k === 'rate' ? '0.' + '0'.repeat(d) : undefined });
      if (k === 'pm' && pmG) cols.push({ key: 'pmG', g, s: '增长（%）', fmt: '0.0' });
    }
  } else {
    for (const [p, pl] of periods) for (const [k, g] of inds) cols.push({ key: k + p, g: p === 'D' ? '增减' : pl, s: g.replace('（%）', p === 'D' ? '（百分点）' : '（%）'), num: k !== 'rate', fmt: k === 'rate' ? '0.' + '0'.repeat(d) : undefined });
  }
  const C = (k) => ci(cols, k);
  let r = titleBlock(sb, ctx, O.area.name + '商务楼宇党建工作' + R.pick(['年初年末对比表', '变化情况表', '增减情况统计表']), cols.length, { no: '表' + ctx.tno });
  r = writeHeader(sb, r, cols, true);
  const vals = (a) => {
    const v = {};
    for (const [k, , s, e] of inds) {
      if (k === 'rate') { const rs = a.ent0 ? rnd((a.cov0 / a.ent0) * 100, d) : null; const re = rnd((a.cov / a.ent) * 100, d); v.rateS = rs === null ? '—' : rs; v.rateE = re; v.rateD = rs === null ? '—' : rnd(re - rs, d); continue; }
      v[k + 'S'] = a[s]; v[k + 'E'] = a[e]; v[k + 'D'] = a[e] - a[s];
    }
    v.pmG = a.pm0 ? rnd((a.pm / a.pm0 - 1) * 100, 1) : '—';
    return v;
  };
  const rows = D.streets.map((s) => ({ kind: 's', v: { ...vals(agg(s.b)), name: s.name } }));
  const tot = { kind: 't', v: { ...vals(agg(D.streets.flatMap((s) => s.b))), name: O.city ? '全市' : R.pick(['合计', '全区']) } };
  const place = R.ch(0.4) ? [tot, ...rows] : [...rows, tot];
  for (const x of place) { x.r = r; putRow(sb, r, cols, x.v, ctx); r++; }
  for (const x of place) {
    const rr = x.r;
    for (const [k] of inds) {
      if (k === 'rate') {
        if (typeof x.v.rateS === 'number') { sb.rate([rr, C('rateS')], [rr, C('covS')], [rr, C('entS')], 100, d); sb.pp([rr, C('rateD')], [rr, C('rateE')], [rr, C('rateS')], d); }
        sb.rate([rr, C('rateE')], [rr, C('covE')], [rr, C('entE')], 100, d);
        continue;
      }
      sb.pp([rr, C(k + 'D')], [rr, C(k + 'E')], [rr, C(k + 'S')], 0);
      if (x.kind === 't') for (const p of ['S', 'E', 'D']) sb.sum([rr, C(k + p)], rows.map((q) => [q.r, C(k + p)]));
    }
    if (C('pmG') >= 0 && typeof x.v.pmG === 'number') sb.growth([rr, C('pmG')], [rr, C('pmE')], [rr, C('pmS')], 1);
    sb.le([rr, C('entS')], [[rr, C('covS')]]); sb.le([rr, C('entE')], [[rr, C('covE')]]);
  }
  notesBlock(sb, ctx, r, ['注：增减=' + O.yeLabel + '-年初数；覆盖率增减单位为百分点。']);
  return sb;
}

// ---------------------------------------------------------------- workbook assembly
const TEMPLATES = [
  ['ledger'], ['ledger', 'summary'], ['summary', 'ledger'], ['ledger', 'summary'], ['items', 'mstreet'], ['transposed', 'ledger'],
  ['yearchange', 'ledger'], ['quarterly', 'items'], ['summary', 'ledger', 'mstreet'], ['ledger', 'transposed', 'yearchange'], ['mstreet'], ['summary', 'ledger', 'items', 'quarterly'],
];
const BUILD = { ledger: buildLedger, summary: buildSummary, transposed: buildTransposed, mstreet: buildMonthlyStreet, items: buildMonthlyItems, quarterly: buildQuarterly, yearchange: buildYearChange };
const NAMES = {
  ledger: ['楼宇台账', '明细表', '表2', '台账', '楼宇明细', 'Sheet1'], summary: ['汇总表', '分街道汇总', '表1', '汇总'], transposed: ['主要指标', '汇总（指标）', '表1'],
  mstreet: ['月报', '进展情况', '分街道进展'], items: ['主要指标完成情况', '月度指标', '表3'], quarterly: ['季度活动', '分季度'], yearchange: ['年初年末对比', '增减情况'],
};

function makeOpts(R, broad) {
  const O = { broad };
  O.city = broad && R.ch(0.15);
  O.minB = 2; O.maxB = broad ? R.pick([4, 6, 8]) : 5;
  O.rd = R.pick([1, 1, 2]);
  O.pctFmt = broad && R.ch(0.12);
  O.Z = R.pick(['0', '—', '', '0']);
  O.avgRows = broad ? R.ch(0.35) : R.ch(0.15);
  O.overlapQz = broad && R.ch(0.3);
  O.phoneNumeric = R.ch(broad ? 0.5 : 0.3);
  O.codeNumeric = broad && R.ch(0.5);
  O.codeCol = broad ? 0.35 : 0.15; O.yearCol = broad ? 0.25 : 0;
  O.colNumRow = broad && R.ch(0.2);
  O.cnSeq = R.ch(0.3);
  O.textNums = broad && R.ch(0.04);
  O.mixedLab = broad && R.ch(0.4);
  O.tableNo = R.ch(0.5);
  O.year = 2026; O.month = R.pick([3, 5, 6, 6, 6, 9]);
  const annual = R.ch(0.3);
  if (annual) { O.year = 2025; O.month = 12; }
  O.dateStr = annual ? '2026年1月15日' : 2026 + '年' + O.month + '月' + (O.month === 6 || O.month === 9 ? 30 : 31) + '日';
  O.yeLabel = annual ? '年末数' : R.pick(['年末数', O.month + '月末数', '期末数']);
  O.periodLine = annual ? '（2025年度）' : '（截至' + O.dateStr + '）';
  return O;
}

function buildBook(seed, broad) {
  const R = mkR(seed);
  const O = makeOpts(R, broad);
  const D = genArea(R, O); O.area = D;
  O.org = '中共' + D.name + (D.city ? '市' : '') + '委组织部（两新工委）';
  const tpl = process.env.TPL ? process.env.TPL.split(',') : broad ? (R.ch(0.7) ? R.pick(TEMPLATES) : R.shuffle(Object.keys(BUILD)).slice(0, R.ri(1, 3))) : R.pick(TEMPLATES);
  const ctx = { R, O, D, tno: 1 };
  const ln = R.pick(NAMES.ledger); if (tpl.includes('ledger')) ctx.ledgerName = ln;
  const sheets = []; const usedNames = new Set();
  const stack = broad && tpl.length >= 2 && R.ch(0.2);
  for (const t of tpl) {
    if (stack && sheets.length === 1 && t !== 'ledger' && sheets[0].layout?.type !== 'ledger') {
      const sb0 = sheets[0]; let maxR = 0; for (const k of sb0.v.keys()) maxR = Math.max(maxR, Number(k.split(',')[0]));
      sb0.r0 = maxR + 3; ctx.reuse = sb0; BUILD[t](ctx, sb0.name); ctx.reuse = null; sb0.stacked = true; ctx.tno++; continue;
    }
    let nm = t === 'ledger' ? ln : R.pick(NAMES[t]);
    let k = 2; while (usedNames.has(nm)) nm = (t === 'ledger' ? ln : R.pick(NAMES[t])) + (k++);
    usedNames.add(nm);
    sheets.push(BUILD[t](ctx, nm)); ctx.tno++;
  }
  return { sheets, R, O };
}

// ---------------------------------------------------------------- plants
function numv(v) { if (typeof v === 'number') return v; if (typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v)) return Number(v); return null; }
function typo(R, old, dec) {
  const m = 10 ** dec; const iv = Math.round(old * m);
  for (let tries = 0; tries < 30; tries++) {
    let nv; const s = String(Math.abs(iv)); const mode = R.ri(0, 3);
    if (mode === 0 && s.length >= 2) { const i = R.ri(0, s.length - 2); if (s[i] === s[i + 1]) continue; nv = Number(s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2)); }
    else if (mode === 1) nv = iv + (R.ch(0.5) ? 1 : -1) * R.ri(1, 9) * (dec ? R.pick([1, 10, 100]) : 1);
    else if (mode === 2) { const i = R.ri(0, s.length - 1); let dgt; do dgt = R.ri(0, 9); while (String(dgt) === s[i]); if (i === 0 && dgt === 0 && s.length > 1) continue; nv = Number(s.slice(0, i) + dgt + s.slice(i + 1)); }
    else nv = iv + (R.ch(0.5) ? 1 : -1) * R.ri(10, 60) * (dec ? 10 : 1);
    if (nv === iv || nv < 0) continue;
    return Number((nv / m).toFixed(dec));
  }
  return Number(((iv + 7) / m).toFixed(dec));
}
function decOf(v) { const s = String(v); const i = s.indexOf('.'); return i < 0 ? 0 : s.length - i - 1; }
function plantSheet(R, sb, forceKind) {
  const have = {};
  for (const rel of sb.rels) have[rel.t] = (have[rel.t] || 0) + 1;
  const kinds = ['sum', 'sum', 'sum', 'rate', 'le', 'le', 'growth', 'pp'].filter((k) => have[k]);
  if (!kinds.length) return null;
  const kind = forceKind && have[forceKind] ? forceKind : R.pick(kinds);
  const rels = R.shuffle(sb.rels.filter((x) => x.t === kind));
  for (const rel of rels) {
    let cell, now, was;
    if (kind === 'sum') {
      const opts = [rel.total, ...rel.parts].filter((c) => { const v = numv(sb.get(c[0], c[1])); return v !== null && v !== 0; });
      if (!opts.length) continue;
      cell = R.ch(0.4) && opts.includes(rel.total) ? rel.total : R.pick(opts);
      was = numv(sb.get(cell[0], cell[1])); const dec = Math.max(decOf(was), rel.tol >= 0.004 ? 2 : 0);
      now = typo(R, was, dec);
    } else if (kind === 'rate' || kind === 'growth' || kind === 'pp') {
      cell = rel.cell; was = numv(sb.get(cell[0], cell[1])); if (was === null) continue;
      const d = rel.d;
      if (kind === 'rate') { const sc = rel.k === 1 ? 0.01 : 1; let delta = R.ri(3, 90) / 10 * sc; if (R.ch(0.5)) delta = -delta; now = rnd(was + delta, d); if (now < 0 || now > 100 * sc) now = rnd(was - delta, d); }
      else if (kind === 'growth') { if (Math.abs(was) >= 2 && R.ch(0.35)) now = -was; else now = rnd(was + (R.ch(0.5) ? 1 : -1) * R.ri(5, 150) / 10, 1); }
      else { if (Math.abs(was) >= 1 && R.ch(0.3)) now = -was; else now = rnd(was + (R.ch(0.5) ? 1 : -1) * (d ? R.ri(3, 60) / 10 ** d * (d === 2 ? 10 : 1) : R.ri(1, 12)), d); }
    } else if (kind === 'le') {
      if (rel.parts.length !== 1) continue;
      const w = numv(sb.get(rel.whole[0], rel.whole[1])); const p = numv(sb.get(rel.parts[0][0], rel.parts[0][1])) || 0;
      if (w === null) continue;
      const dec = decOf(w) || decOf(p) ? 2 : 0; const m = 10 ** dec;
      if (rel.meta && rel.meta.cum && p > 0 && R.ch(0.5)) { cell = rel.whole; was = w; now = Number(((Math.round(p * m) - R.ri(1, Math.max(1, Math.round(p * m * 0.5)))) / m).toFixed(dec)); if (now < 0) continue; }
      else { cell = rel.parts[0]; was = p; now = Number(((Math.round(w * m) + R.ri(1, Math.max(2, Math.ceil(w * m * 0.15)))) / m).toFixed(dec)); }
    }
    if (now === was || now === undefined || Number.isNaN(now)) continue;
    sb.set(cell[0], cell[1], now, sb.fmt.get(cell[0] + ',' + cell[1]));
    return { sheet: sb.name, cell: A(cell), was, now, kind };
  }
  return null;
}

// ---------------------------------------------------------------- write
async function writeBook(file, sheets) {
  const wb = new ExcelJS.Workbook();
  for (const sb of sheets) {
    const ws = wb.addWorksheet(sb.name);
    for (const [k, v] of sb.v) {
      const [r, c] = k.split(',').map(Number);
      const cell = ws.getCell(r + 1, c + 1); cell.value = v;
      const f = sb.fmt.get(k); if (f) cell.numFmt = f;
      if (sb.bold.has(k)) cell.font = { bold: true, size: 14 };
    }
    for (const [r1, c1, r2, c2] of sb.merges) ws.mergeCells(r1 + 1, c1 + 1, r2 + 1, c2 + 1);
    for (let c = 1; c <= sb.ncols; c++) ws.getColumn(c).width = c <= 2 ? 22 : 12;
  }
  await wb.xlsx.writeFile(file);
}
function relsOut(sheets) {
  const o = {};
  for (const sb of sheets) {
    o[sb.name] = sb.rels.map((x) => {
      const y = { t: x.t, tol: x.tol };
      if (x.t === 'sum') { y.total = A(x.total); y.parts = x.parts.map(A); }
      else if (x.t === 'le') { y.whole = A(x.whole); y.parts = x.parts.map(A); }
      else if (x.t === 'rate') { y.cell = A(x.cell); y.num = A(x.num); y.den = A(x.den); y.k = x.k; }
      else { y.cell = A(x.cell); y.cur = A(x.cur); y.prev = A(x.prev); }
      return y;
    });
  }
  return o;
}

async function makeSet(set, n, baseSeed, broad, nDouble, allClean) {
  const dir = path.join(OUT, set); fs.mkdirSync(dir, { recursive: true });
  for (const f of fs.readdirSync(dir)) if (f.endsWith('.xlsx')) fs.unlinkSync(path.join(dir, f));
  fs.mkdirSync(path.join(OUT, 'rel'), { recursive: true });
  const man = []; const rels = {}; const lay = {};
  const PR = mkR(baseSeed * 7 + 1);
  const plan = Array.from({ length: n }, (_, i) => (i < nDouble ? 2 : i < nDouble + Math.round((n - nDouble) * 0.48) ? 1 : 0));
  const order = allClean ? plan.map(() => 0) : PR.shuffle(plan);
  const kindCycle = ['sum', 'rate', 'le', 'growth', 'pp', 'sum', 'le', 'sum'];
  let kc = 0;
  for (let i = 0; i < n; i++) {
    const file = (set === 'cases' ? 'c' : 'p') + String(i + 1).padStart(3, '0') + '.xlsx';
    let seed = baseSeed * 1000 + i; let book, plants;
    for (let attempt = 0; attempt < 50; attempt++, seed += 100000) {
      book = buildBook(seed, broad);
      rels[file] = relsOut(book.sheets);
      plants = [];
      const want = order[i];
      if (want === 0) break;
      if (want === 2 && book.sheets.length < 2) continue;
      let ok = true; const done = new Set();
      for (let j = 0; j < want; j++) {
        const kind = kindCycle[kc % kindCycle.length]; kc++;
        const free = book.sheets.filter((sb) => !done.has(sb));
        const withK = free.filter((sb) => sb.rels.some((x) => x.t === kind && (kind !== 'le' || x.parts.length === 1)));
        if (!withK.length && attempt < 25) { ok = false; kc -= j + 1; break; }
        const sb = book.R.pick(withK.length ? withK : free); done.add(sb);
        const p = plantSheet(book.R, sb, kind); if (!p) { ok = false; break; } plants.push(p);
      }
      if (ok) break;
    }
    await writeBook(path.join(dir, file), book.sheets);
    lay[file] = { opts: Object.fromEntries(Object.entries(book.O).filter(([k]) => k !== 'area')), sheets: book.sheets.map((sb) => ({ name: sb.name, ...(sb.layout || {}) })) };
    man.push({ file, plants });
  }
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(man, null, 1));
  fs.writeFileSync(path.join(OUT, 'rel', set + '.json'), JSON.stringify(rels));
  fs.mkdirSync(path.join(OUT, 'layout'), { recursive: true });
  fs.writeFileSync(path.join(OUT, 'layout', set + '.json'), JSON.stringify(lay, null, 1));
}

(async () => {
  if (process.env.EXP) { await makeSet(process.env.EXP, Number(process.env.N || 12), Number(process.env.SEED || 5), true, 0, true); console.log('exp done'); return; }
  await makeSet('cases', 45, 96, false, 3);
  await makeSet('probe', 100, 961, true, 6);
  console.log('done');
})();
