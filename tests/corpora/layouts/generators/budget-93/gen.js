'use strict';
// Generates county fiscal budget execution workbooks: cases/ (45) and probe/ (100), with manifests and rel/<set>.json
const ExcelJS = require('exceljs');
const fs = require('fs');
const path = require('path');
const { evalRel, relCells } = require('./rel.js');

function mulberry32(a) { return function () { a |= 0; a = (a + 0x6D2B79F5) | 0; let t = Math.imul(a ^ (a >>> 15), 1 | a); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }; }
let R = mulberry32(1);
const ri = (a, b) => a + Math.floor(R() * (b - a + 1));
const pick = (a) => a[Math.floor(R() * a.length)];
const chance = (p) => R() < p;
const uni = (a, b) => a + (b - a) * R();
const fix = (x, d) => { const f = 10 ** d; const v = Math.round(x * f) / f; return Object.is(v, -0) ? 0 : v; };
const shuffle = (a) => { a = a.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(R() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; };
const sample = (a, n) => shuffle(a).slice(0, n);
function colL(n) { let s = ''; while (n > 0) { const m = (n - 1) % 26; s = String.fromCharCode(65 + m) + s; n = Math.floor((n - 1) / 26); } return s; }
const A = (r, c) => colL(c) + r;
const EPS = 1e-7;

const COUNTIES = ['平山县', '清河县', '永和县', '安远县', '临泉县', '宁陵县', '富平县', '石城县', '浦江县', '汉阴县', '武乡县', '宁化县', '灵丘县', '通道侗族自治县', '秭归县', '会宁县', '望江县', '宜章县', '镇原县', '岚县'];
const TOWNS = ['城关镇', '东关镇', '西河乡', '南山乡', '北岭镇', '石门镇', '白沙乡', '青龙镇', '柳林乡', '黄土镇', '马坊乡', '杨集镇', '桃园镇', '大石桥乡', '新店镇', '龙泉镇', '古城乡', '双河镇', '孙家庄乡', '高庙镇', '红星乡', '长岭镇', '三岔镇', '清水乡'];

const TAX = [['10101', '增值税', 0.36], ['10104', '企业所得税', 0.1], ['10106', '个人所得税', 0.04], ['10107', '资源税', 0.05], ['10109', '城市维护建设税', 0.07], ['10110', '房产税', 0.05], ['10111', '印花税', 0.03], ['10112', '城镇土地使用税', 0.05], ['10113', '土地增值税', 0.06], ['10114', '车船税', 0.02], ['10118', '耕地占用税', 0.04], ['10119', '契税', 0.08], ['10121', '环境保护税', 0.006], ['10199', '其他税收收入', 0.002]];
const NONTAX = [['10302', '专项收入', 0.3, [['1030203', '教育费附加收入'], ['1030204', '地方教育附加收入'], ['1030216', '水利建设专项收入']]], ['10304', '行政事业性收费收入', 0.2], ['10305', '罚没收入', 0.15], ['10306', '国有资本经营收入', 0.03], ['10307', '国有资源（资产）有偿使用收入', 0.3], ['10308', '捐赠收入', 0.005], ['10309', '政府住房基金收入', 0.02], ['10399', '其他收入', 0.03]];
const EXP = [
  ['201', '一般公共服务支出', 0.1, [['20101', '人大事务'], ['20102', '政协事务'], ['20103', '政府办公厅（室）及相关机构事务'], ['20104', '发展与改革事务'], ['20105', '统计信息事务'], ['20106', '财政事务'], ['20107', '税收事务'], ['20108', '审计事务'], ['20111', '纪检监察事务'], ['20113', '商贸事务'], ['20129', '群众团体事务'], ['20131', '党委办公厅（室）及相关机构事务'], ['20132', '组织事务'], ['20133', '宣传事务'], ['20199', '其他一般公共服务支出']]],
  ['203', '国防支出', 0.003, [['20306', '国防动员'], ['20399', '其他国防支出']]],
  ['204', '公共安全支出', 0.05, [['20402', '公安'], ['20404', '检察'], ['20405', '法院'], ['20406', '司法'], ['20499', '其他公共安全支出']]],
  ['205', '教育支出', 0.18, [['20501', '教育管理事务'], ['20502', '普通教育'], ['20503', '职业教育'], ['20507', '特殊教育'], ['20508', '进修及培训'], ['20509', '教育费附加安排的支出'], ['20599', '其他教育支出']]],
  ['206', '科学技术支出', 0.01, [['20601', '科学技术管理事务'], ['20604', '技术研究与开发'], ['20607', '科学技术普及']]],
  ['207', '文化旅游体育与传媒支出', 0.015, [['20701', '文化和旅游'], ['20702', '文物'], ['20703', '体育'], ['20708', '广播电视']]],
  ['208', '社会保障和就业支出', 0.15, [['20801', '人力资源和社会保障管理事务'], ['20802', '民政管理事务'], ['20805', '行政事业单位养老支出'], ['20807', '就业补助'], ['20808', '抚恤'], ['20810', '社会福利'], ['20811', '残疾人事业'], ['20819', '最低生活保障'], ['20820', '临时救助'], ['20821', '特困人员救助供养'], ['20899', '其他社会保障和就业支出']]],
  ['210', '卫生健康支出', 0.1, [['21001', '卫生健康管理事务'], ['21002', '公立医院'], ['21003', '基层医疗卫生机构'], ['21004', '公共卫生'], ['21007', '计划生育事务'], ['21011', '行政事业单位医疗'], ['21012', '财政对基本医疗保险基金的补助']]],
  ['211', '节能环保支出', 0.03, [['21101', '环境保护管理事务'], ['21103', '污染防治'], ['21104', '自然生态保护'], ['21105', '天然林保护']]],
  ['212', '城乡社区支出', 0.05, [['21201', '城乡社区管理事务'], ['21202', '城乡社区规划与管理'], ['21203', '城乡社区公共设施'], ['21205', '城乡社区环境卫生']]],
  ['213', '农林水支出', 0.16, [['21301', '农业农村'], ['21302', '林业和草原'], ['21303', '水利'], ['21305', '巩固脱贫攻坚成果衔接乡村振兴'], ['21307', '农村综合改革'], ['21399', '其他农林水支出']]],
  ['214', '交通运输支出', 0.04, [['21401', '公路水路运输'], ['21406', '车辆购置税支出']]],
  ['215', '资源勘探工业信息等支出', 0.01, null],
  ['216', '商业服务业等支出', 0.005, null],
  ['220', '自然资源海洋气象等支出', 0.01, null],
  ['221', '住房保障支出', 0.05, [['22101', '保障性安居工程支出'], ['22102', '住房改革支出']]],
  ['222', '粮油物资储备支出', 0.004, null],
  ['224', '灾害防治及应急管理支出', 0.01, null],
  ['227', '预备费', 0, null],
  ['229', '其他支出', 0.01, null],
  ['232', '债务付息支出', 0.03, null],
  ['233', '债务发行费用支出', 0.0005, null],
];
const QZ_EXP = { '205': [['20502', '普通教育'], ['20503', '职业教育']], '208': [['20805', '行政事业单位养老支出'], ['20819', '最低生活保障']], '210': [['21004', '公共卫生'], ['21012', '财政对基本医疗保险基金的补助']], '213': [['21301', '农业农村'], ['21305', '巩固脱贫攻坚成果衔接乡村振兴']], '201': [['20106', '财政事务']], '212': [['21203', '城乡社区公共设施']] };
const FUND_REV = [['1030106', '大中型水库库区基金收入', 0.01], ['1030146', '国有土地收益基金收入', 0.04], ['1030147', '农业土地开发资金收入', 0.01], ['1030148', '国有土地使用权出让收入', 0.85], ['1030156', '城市基础设施配套费收入', 0.06], ['1030178', '污水处理费收入', 0.02], ['1030199', '其他政府性基金收入', 0.01]];
const FUND_EXP = [['207', '文化旅游体育与传媒支出', 0.005, null], ['208', '社会保障和就业支出', 0.02, [['20822', '大中型水库移民后期扶持基金支出'], ['20823', '小型水库移民扶助基金安排的支出']]], ['212', '城乡社区支出', 0.75, [['21208', '国有土地使用权出让收入安排的支出'], ['21210', '国有土地收益基金安排的支出'], ['21211', '农业土地开发资金安排的支出'], ['21213', '城市基础设施配套费安排的支出'], ['21214', '污水处理费安排的支出']]], ['213', '农林水支出', 0.02, null], ['214', '交通运输支出', 0.01, null], ['229', '其他支出', 0.08, [['22904', '其他政府性基金及对应专项债务收入安排的支出'], ['22960', '彩票公益金安排的支出']]], ['232', '债务付息支出', 0.1, null], ['233', '债务发行费用支出', 0.002, null]];
const NOTES = ['注：本表数据为决算数，与财政总决算报表一致。', '注：1.“-”表示无数据；2.增长%按可比口径计算。', '注：上年数据已按本年科目进行调整。', '注：数据来源于县财政局国库集中支付系统。'];
const NOTE_REV = '注：增值税含改征增值税。', NOTE_QZ = '注：支出按功能分类科目列示，“其中”项不参与合计。', NOTE_RA = '注：完成预算%按调整预算数计算。', NOTE_EXEC = '注：本表为快报数，最终以决算为准。';

// ---------------------------------------------------------------- sheet helpers
const thin = { style: 'thin' };
const BORDER = { top: thin, left: thin, bottom: thin, right: thin };
function newCtx(wb, name) { return { ws: wb.addWorksheet(name), name, rels: [], cand: [] }; }
function put(ctx, r, c, v, o = {}) {
  const cell = ctx.ws.getCell(r, c);
  cell.value = v === undefined ? null : v;
  if (o.fmt) cell.numFmt = o.fmt;
  if (o.tb) cell.border = BORDER;
  cell.font = { name: '宋体', size: o.size || 10, bold: !!o.bold };
  if (o.align) cell.alignment = o.align;
  return cell.address;
}
function title(ctx, r, c0, nc, text) {
  put(ctx, r, c0, text, { bold: true, size: 16, align: { horizontal: 'center', vertical: 'middle' } });
  if (nc > 1) ctx.ws.mergeCells(r, c0, r, c0 + nc - 1);
  ctx.ws.getRow(r).height = 28;
}
function writeHeader(ctx, r, c0, cols, two) {
  const st = { bold: true, tb: true, align: { horizontal: 'center', vertical: 'middle', wrapText: true } };
  if (!two) { cols.forEach((col, i) => put(ctx, r, c0 + i, col.h, st)); return r + 1; }
  let i = 0;
  while (i < cols.length) {
    const g = cols[i].grp;
    if (!g) { put(ctx, r, c0 + i, cols[i].h, st); put(ctx, r + 1, c0 + i, null, st); ctx.ws.mergeCells(r, c0 + i, r + 1, c0 + i); i++; continue; }
    let j = i; while (j + 1 < cols.length && cols[j + 1].grp === g) j++;
    put(ctx, r, c0 + i, g, st);
    for (let k = i + 1; k <= j; k++) put(ctx, r, c0 + k, null, st);
    if (j > i) ctx.ws.mergeCells(r, c0 + i, r, c0 + j);
    for (let k = i; k <= j; k++) put(ctx, r + 1, c0 + k, cols[k].h, st);
    i = j + 1;
  }
  return r + 2;
}
function note(ctx, r, c0, nc, text) { put(ctx, r, c0, text, { align: { horizontal: 'left', wrapText: false } }); if (nc > 1) ctx.ws.mergeCells(r, c0, r, c0 + nc - 1); }
function addCand(ctx, cell, kind, info) { ctx.cand.push(Object.assign({ cell, kind }, info)); }

// ---------------------------------------------------------------- tree engine
function node(label, code, extra = {}) { return Object.assign({ label, code, children: [], qz: [], raw: {}, v: {}, dv: {}, addr: {}, lvl: 1 }, extra); }
function genLeaf(C, o = {}) {
  const g = chance(0.3) ? uni(-0.35, -0.01) : uni(0.0, 0.3);
  const P = chance(o.newP || 0.04) ? null : C / (1 + g);
  const comp = uni(...(o.comp || [0.86, 1.22]));
  const B = chance(o.noB || 0.06) ? null : C / comp;
  const Aa = B === null ? null : (chance(0.5) ? B : B * uni(0.92, 1.12));
  return { C, P, B, A: Aa };
}
function computeNode(n, keys, d, mode, hsum) {
  if (n.children.length) {
    n.children.forEach((ch) => computeNode(ch, keys, d, mode, hsum));
    for (const k of keys) {
      const raw = n.children.reduce((a, ch) => a + (ch.raw[k] || 0), 0);
      n.raw[k] = raw;
      const shown = n.children.reduce((a, ch) => a + (ch.v[k] || 0), 0);
      n.v[k] = n.children.every((ch) => ch.v[k] === null) ? null : (mode === 'noisy' ? fix(raw, d) : fix(shown, d));
    }
  } else {
    for (const k of keys) n.v[k] = n.raw[k] === null || n.raw[k] === undefined ? null : fix(n.raw[k], d);
    if (hsum) for (const [t, parts] of hsum) { n.v[t] = fix(parts.reduce((a, p) => a + (n.v[p] || 0), 0), d); n.raw[t] = n.v[t]; }
    if (n.fixed) for (const k in n.fixed) { n.v[k] = n.fixed[k]; n.raw[k] = n.fixed[k]; }
  }
  for (const q of n.qz) for (const k of keys) {
    if (!n.raw[k] || n.v[k] === null || n.raw[k] <= 0) { q.v[k] = null; q.raw[k] = null; continue; }
    q.raw[k] = n.raw[k] * q.f * uni(0.97, 1.03);
    q.v[k] = fix(q.raw[k], d);
  }
}
function addQz(parent, items) {
  let left = 0.9;
  items.forEach(([code, label], i) => {
    const f = uni(0.15, Math.min(0.6, left - 0.05 * (items.length - i)));
    left -= f;
    parent.qz.push(node(label, code, { f, isQz: true, qi: i }));
  });
}
function flatten(root, order) {
  const out = [];
  const walk = (n) => { out.push(n); n.qz.forEach((q) => out.push(q)); n.children.forEach(walk); };
  if (order === 'bottom') { root.children.forEach(walk); out.push(root); root.qz.forEach((q) => out.push(q)); } else walk(root);
  return out;
}

// ---------------------------------------------------------------- generic hierarchical table
// T: {title, tableNo, unitText, org, tree, cols, d, rdec, mode, pctFrac, two, notes, labelStyle, codeNumeric, dash, order, hsum, hle, amtFmt}
function hierTable(ctx, r0, c0, T) {
  const { tree, cols, d } = T;
  const nc = cols.length;
  const u = 10 ** -d, ur = 10 ** -T.rdec;
  const keys = cols.filter((c) => c.kind === 'amt').map((c) => c.key);
  computeNode(tree, keys, d, T.mode, T.hsum);
  let r = r0;
  if (T.tableNo) { put(ctx, r, c0, T.tableNo, { bold: chance(0.5) }); r++; }
  title(ctx, r, c0, nc, T.title); r++;
  if (T.org) put(ctx, r, c0, `编制单位：${T.org}`);
  put(ctx, r, c0 + nc - 1, T.unitText, { align: { horizontal: 'right' } });
  if (T.org && nc > 3) { /* keep */ }
  r++;
  r = writeHeader(ctx, r, c0, cols, T.two);
  const rows = flatten(tree, T.order);
  const amtFmt = T.amtFmt || (d === 0 ? '#,##0' : d === 1 ? '#,##0.0' : '#,##0.00');
  const pFmt = T.pctFrac ? (T.rdec === 1 ? '0.0%' : '0.00%') : (T.rdec === 1 ? '0.0' : '0.00');
  const dashV = T.dash === 'blank' ? null : (T.dash || '-');
  let seq = 0;
  for (const n of rows) {
    const isTotal = n === tree;
    const bold = !n.isQz && (isTotal || n.children.length > 0);
    cols.forEach((col, i) => {
      const c = c0 + i;
      let v = null, fmt;
      const st = { tb: true, bold };
      switch (col.kind) {
        case 'seq': v = n.isTown ? ++seq : null; st.align = { horizontal: 'center' }; break;
        case 'code': v = n.code ? (T.codeNumeric ? Number(n.code) : n.code) : null; st.align = { horizontal: 'left' }; break;
        case 'label': {
          let lab = n.label;
          if (n.isQz) lab = (n.qi === 0 ? '其中：' : '　　　') + lab;
          const lvl = n.isQz ? (n.parentLvl || 1) + 1 : (isTotal ? 0 : n.lvl);
          if (isTotal && T.totalCenter) st.align = { horizontal: 'center' };
          else if (T.labelStyle === 'spaces') lab = '　'.repeat(2 * lvl) + lab;
          else st.align = { horizontal: 'left', indent: lvl * 2 };
          v = lab; break;
        }
        case 'amt': v = n.v[col.key]; fmt = amtFmt; if (v === null) v = dashV; break;
        case 'rate': {
          const den = n.v[col.den], nu = n.v[col.num];
          if (!den || nu === null) v = dashV; else v = T.pctFrac ? fix(nu / den, T.rdec + 2) : fix((nu / den) * 100, T.rdec);
          fmt = pFmt; break;
        }
        case 'share': {
          const den = tree.v[col.num], nu = n.v[col.num];
          if (!den || nu === null) v = dashV; else v = T.pctFrac ? fix(nu / den, T.rdec + 2) : fix((nu / den) * 100, T.rdec);
          fmt = pFmt; break;
        }
        case 'growth': {
          const p = n.v[col.prev], cu = n.v[col.cur];
          if (!p || cu === null) v = dashV; else v = fix((cu / p - 1) * 100, T.rdec);
          fmt = pFmt; break;
        }
        case 'diff': {
          const cu = n.v[col.cur], p = n.v[col.prev];
          if (cu === null && p === null) v = dashV; else v = fix((cu || 0) - (p || 0), d);
          fmt = amtFmt; break;
        }
        case 'pp': {
          const cu = n.dv[col.cur], p = n.dv[col.prev];
          if (typeof cu !== 'number' || typeof p !== 'number') v = dashV; else v = fix(cu - p, T.rdec);
          fmt = T.pctFrac ? pFmt : (T.rdec === 1 ? '0.0' : '0.00'); break;
        }
        case 'note': v = chance(0.15) ? pick(['新增科目', '口径调整', '一次性收入减少', '政策性减收', '含上年结转', '据实列支']) : null; break;
      }
      n.dv[col.key] = v;
      if (fmt && typeof v === 'number') st.fmt = fmt;
      if (typeof v === 'string' && v === dashV) st.align = { horizontal: 'center' };
      n.addr[col.key] = put(ctx, r, c, v, st);
    });
    r++;
  }
  // relations
  const tolSum = (np, diff) => (T.mode === 'noisy' ? (np + 1) * 0.5 * u * (diff ? 2 : 1) + 0.5 * u : 0.5 * u) + EPS;
  const tolR = (T.pctFrac ? 0.5 * ur / 100 : 0.5 * ur) + EPS;
  const kindOf = (n) => (n === tree ? 'total' : n.isQz ? 'qz' : n.children.length ? 'subtotal' : 'leaf');
  const all = [];
  const walkAll = (n) => { all.push(n); n.qz.forEach((q) => all.push(q)); n.children.forEach(walkAll); };
  walkAll(tree);
  for (const n of all) {
    if (n.children.length) for (const col of cols) {
      if (col.kind === 'amt' || col.kind === 'diff') ctx.rels.push({ t: 'sum', total: n.addr[col.key], parts: n.children.map((ch) => ch.addr[col.key]), tol: tolSum(n.children.length, col.kind === 'diff') });
      if (col.kind === 'share' && !T.pctFrac) ctx.rels.push({ t: 'sum', total: n.addr[col.key], parts: n.children.map((ch) => ch.addr[col.key]), tol: (n.children.length + 1) * 0.5 * ur + (T.mode === 'noisy' ? 0.2 : 0) + EPS });
    }
    if (n.qz.length) for (const col of cols) if (col.kind === 'amt' && n.v[col.key] !== null && n.v[col.key] > 0) {
      const parts = n.qz.filter((q) => q.v[col.key] !== null).map((q) => q.addr[col.key]);
      if (parts.length) ctx.rels.push({ t: 'le', whole: n.addr[col.key], parts, tol: 0.5 * u * (parts.length + 1) + EPS });
      n.qz.forEach((q) => { if (q.v[col.key] !== null) addCand(ctx, q.addr[col.key], 'qz', { d, parentVal: n.v[col.key] }); });
    }
    for (const col of cols) {
      const a = n.addr[col.key];
      const val = n.dv[col.key];
      if (col.kind === 'amt' && typeof val === 'number' && val !== 0 && !n.isQz) addCand(ctx, a, kindOf(n), { d });
      if (col.kind === 'rate') { ctx.rels.push({ t: 'rate', cell: a, num: n.addr[col.num], den: n.addr[col.den], k: T.pctFrac ? 1 : 100, tol: tolR }); if (typeof val === 'number') addCand(ctx, a, 'rate', { pct: true, rd: T.rdec, frac: T.pctFrac }); }
      if (col.kind === 'share') { ctx.rels.push({ t: 'rate', cell: a, num: n.addr[col.num], den: tree.addr[col.num], k: T.pctFrac ? 1 : 100, tol: tolR }); if (typeof val === 'number' && n !== tree) addCand(ctx, a, 'share', { pct: true, rd: T.rdec, frac: T.pctFrac }); }
      if (col.kind === 'growth') { ctx.rels.push({ t: 'growth', cell: a, cur: n.addr[col.cur], prev: n.addr[col.prev], tol: 0.5 * ur + EPS }); if (typeof val === 'number') addCand(ctx, a, 'growth', { pct: true, rd: T.rdec }); }
      if (col.kind === 'diff') { ctx.rels.push({ t: 'pp', cell: a, cur: n.addr[col.cur], prev: n.addr[col.prev], tol: 0.5 * u + EPS }); if (typeof val === 'number' && val !== 0) addCand(ctx, a, 'diff', { d }); }
      if (col.kind === 'pp' && typeof val === 'number') { ctx.rels.push({ t: 'pp', cell: a, cur: n.addr[col.cur], prev: n.addr[col.prev], tol: (T.pctFrac ? 0.5 * ur / 100 : 0.5 * ur) + EPS }); if (typeof val === 'number') addCand(ctx, a, 'pp', { pct: true, rd: T.rdec, frac: T.pctFrac }); }
    }
    if (T.hsum && !n.isQz) for (const [t, parts] of T.hsum) ctx.rels.push({ t: 'sum', total: n.addr[t], parts: parts.map((p) => n.addr[p]), tol: 0.5 * u + EPS });
    if (T.hle && !n.isQz) for (const [w, parts] of T.hle) ctx.rels.push({ t: 'le', whole: n.addr[w], parts: parts.map((p) => n.addr[p]), tol: 0.5 * u + EPS });
  }
  for (const t of T.notes || []) { note(ctx, r, c0, nc, t); r++; }
  // column widths
  cols.forEach((col, i) => { const w = col.kind === 'label' ? 30 : col.kind === 'code' ? 10 : col.kind === 'seq' ? 6 : col.kind === 'note' ? 16 : 13; const cc = ctx.ws.getColumn(c0 + i); if (!cc.width || cc.width < w) cc.width = w; });
  return r;
}

// ---------------------------------------------------------------- column sets
function finalCols(year, o) {
  const two = chance(0.5);
  const Y = two ? `${year}年` : null, CMP = two ? '比上年' : null;
  const cols = [];
  if (o.hasCode) cols.push({ key: 'code', kind: 'code', h: pick(['科目编码', '编码', '科目代码']) });
  cols.push({ key: 'label', kind: 'label', h: pick(['项目', '项　　目', '科目名称', '预算科目']) });
  const hasB = o.exec ? true : chance(0.75), hasA = !o.exec && hasB && chance(0.6), hasP = o.exec ? true : chance(0.85);
  if (hasB) cols.push({ key: 'B', kind: 'amt', h: o.exec ? pick(['年初预算数', '预算数']) : pick(['预算数', '年初预算数', '年初预算']), grp: Y });
  if (hasA) cols.push({ key: 'A', kind: 'amt', h: pick(['调整预算数', '变动预算数']), grp: Y });
  cols.push({ key: 'C', kind: 'amt', h: o.exec ? `1-${o.month}月累计` : pick(['决算数', '执行数', '完成数']), grp: Y });
  if (hasA && chance(0.85)) cols.push({ key: 'rA', kind: 'rate', num: 'C', den: 'A', h: pick(['完成调整预算%', '为调整预算%', '完成调整预算（%）']), grp: Y });
  if (hasB && (!hasA || chance(0.35) || o.exec)) cols.push({ key: 'rB', kind: 'rate', num: 'C', den: 'B', h: o.exec ? pick(['执行进度%', '完成预算%']) : pick(['完成预算%', '为预算%', '为年初预算%']), grp: Y });
  if (o.share) cols.push({ key: 'sh', kind: 'share', num: 'C', h: pick(['占比%', '占合计%', '结构%']), grp: Y });
  if (hasP) {
    cols.push({ key: 'P', kind: 'amt', h: o.exec ? '上年同期' : two ? `${year - 1}年决算数` : pick(['上年决算数', '上年执行数', `${year - 1}年决算数`]) });
    const gc = o.pctFrac ? null : { key: 'g', kind: 'growth', cur: 'C', prev: 'P', h: two ? pick(['增长%', '增减%', '增幅%']) : pick(['比上年增长%', '比上年增减%', '同比增长%', '增长（%）']), grp: CMP };
    const dc = chance(0.55) || o.pctFrac ? { key: 'dP', kind: 'diff', cur: 'C', prev: 'P', h: two ? pick(['增减额', '增减数']) : pick(['比上年增减额', '增减额']), grp: CMP } : null;
    const order = chance(0.5) ? [dc, gc] : [gc, dc];
    order.filter(Boolean).forEach((c) => cols.push(c));
  }
  if (o.note !== false && chance(0.2)) cols.push({ key: 'note', kind: 'note', h: '备注' });
  return { cols, two };
}

// ---------------------------------------------------------------- trees
function revTree(total, o) {
  const taxShare = uni(0.55, 0.8);
  const taxes = TAX.filter((t, i) => i < 2 || chance(0.85));
  const nont = NONTAX.filter((t, i) => i < 2 || chance(0.8));
  const mk = (list, amount, lvl) => {
    const ws = list.map((t) => Math.max(t[2], 0.001) * uni(0.5, 1.5));
    const sw = ws.reduce((a, b) => a + b, 0);
    return list.map((t, i) => { const n = node(t[1], t[0], { lvl }); Object.assign(n.raw, genLeaf((amount * ws[i]) / sw, o)); if (t[3] && o.qz) { addQz(n, sample(t[3], ri(1, 3))); n.qz.forEach((q) => (q.parentLvl = lvl)); } return n; });
  };
  const num = o.numbered;
  const tax = node(num ? '一、税收收入' : '税收收入', '101', { lvl: num ? 0 : 1 });
  tax.children = mk(taxes, total * taxShare, num ? 1 : 2);
  const nt = node(num ? '二、非税收入' : '非税收入', '103', { lvl: num ? 0 : 1 });
  nt.children = mk(nont, total * (1 - taxShare), num ? 1 : 2);
  const root = node(pick(['一般公共预算收入合计', '一般公共预算收入', '收入合计', '本级收入合计']), null, { lvl: 0 });
  root.children = [tax, nt];
  return root;
}
function expTree(total, o) {
  const mode = o.mode; // class | full | qz
  const classes = EXP.filter((e) => e[2] > 0.02 || (e[2] === 0 ? o.reserve : chance(0.7)));
  const ws = classes.map((e) => Math.max(e[2], 0.0003) * uni(0.6, 1.4));
  const sw = ws.reduce((a, b) => a + b, 0);
  const numerals = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五', '十六', '十七', '十八', '十九', '二十', '二十一', '二十二', '二十三'];
  const root = node(pick(['一般公共预算支出合计', '一般公共预算支出', '支出合计', '本级支出合计']), null, { lvl: 0 });
  classes.forEach((e, i) => {
    const lab = o.numbered ? `${numerals[i]}、${e[1]}` : e[1];
    const n = node(lab, e[0], { lvl: 1 });
    const amt = (total * ws[i]) / sw;
    if (e[2] === 0) { Object.assign(n.raw, { C: null, P: null, B: total * 0.01, A: total * 0.01 * uni(0.2, 1) }); root.children.push(n); return; }
    if (mode === 'full' && e[3] && chance(0.8)) {
      const kuan = e[3].filter((k, j) => j === e[3].length - 1 || chance(0.75));
      const kw = kuan.map(() => uni(0.2, 1.5)); const skw = kw.reduce((a, b) => a + b, 0);
      n.children = kuan.map((k, j) => { const c = node(k[1], k[0], { lvl: 2 }); Object.assign(c.raw, genLeaf((amt * kw[j]) / skw, o)); return c; });
    } else {
      Object.assign(n.raw, genLeaf(amt, o));
      if (mode === 'qz' && QZ_EXP[e[0]] && chance(0.8)) { addQz(n, QZ_EXP[e[0]].slice(0, ri(1, QZ_EXP[e[0]].length))); n.qz.forEach((q) => (q.parentLvl = 1)); }
    }
    root.children.push(n);
  });
  return root;
}
function fundRevTree(total, o) {
  const items = FUND_REV.filter((t, i) => i === 3 || chance(0.7));
  const ws = items.map((t) => t[2] * uni(0.5, 1.5)); const sw = ws.reduce((a, b) => a + b, 0);
  const root = node(pick(['政府性基金收入合计', '政府性基金预算收入', '收入合计']), null, { lvl: 0 });
  root.children = items.map((t, i) => { const n = node(t[1], t[0], { lvl: 1 }); Object.assign(n.raw, genLeaf((total * ws[i]) / sw, Object.assign({}, o, { comp: [0.5, 1.3] }))); return n; });
  return root;
}
function fundExpTree(total, o) {
  const items = FUND_EXP.filter((t, i) => i === 2 || chance(0.7));
  const ws = items.map((t) => t[2] * uni(0.5, 1.5)); const sw = ws.reduce((a, b) => a + b, 0);
  const root = node(pick(['政府性基金支出合计', '政府性基金预算支出', '支出合计']), null, { lvl: 0 });
  root.children = items.map((t, i) => {
    const n = node(t[1], t[0], { lvl: 1 });
    const amt = (total * ws[i]) / sw;
    if (t[3] && o.mode === 'full') { const ks = t[3].filter((k, j) => j === 0 || chance(0.7)); const kw = ks.map(() => uni(0.2, 1.5)); const s = kw.reduce((a, b) => a + b, 0); n.children = ks.map((k, j) => { const c = node(k[1], k[0], { lvl: 2 }); Object.assign(c.raw, genLeaf((amt * kw[j]) / s, o)); return c; }); }
    else if (t[3] && o.mode === 'qz') { Object.assign(n.raw, genLeaf(amt, o)); addQz(n, t[3].slice(0, ri(1, Math.min(2, t[3].length)))); n.qz.forEach((q) => (q.parentLvl = 1)); }
    else Object.assign(n.raw, genLeaf(amt, o));
    return n;
  });
  return root;
}

// ---------------------------------------------------------------- balance (two-sided) table
function balanceTable(ctx, r0, c0, S) {
  const { d, hasP, kind } = S;
  const u = 10 ** -d, ur = 10 ** -S.rdec;
  const keys = hasP ? ['P', 'C'] : ['C'];
  const L = node('收入总计', null, { lvl: 0 }), Rt = node('支出总计', null, { lvl: 0 });
  const leaf = (lab, vals, lvl = 1) => { const n = node(lab, null, { lvl }); for (const k of keys) n.raw[k] = vals[k]; return n; };
  const base = S.base; // {C, P} of own revenue / expenditure
  const ownRev = {}, ownExp = {};
  for (const k of keys) { ownRev[k] = base.rev[k]; ownExp[k] = base.exp[k]; }
  const mkv = (f) => { const o = {}; for (const k of keys) o[k] = f(k); return o; };
  const sh = mkv((k) => ownExp[k] * (kind === 'fund' ? uni(1.12, 1.2) : uni(1.09, 1.16))); // target total
  const own = leaf(kind === 'fund' ? '政府性基金收入' : '一般公共预算收入', ownRev);
  own.fixed = base.revFixed ? mkv((k) => base.revFixed[k]) : null;
  const rest = mkv((k) => Math.max(sh[k] - ownRev[k], sh[k] * 0.15));
  L.children.push(own);
  if (kind === 'fund') {
    L.children.push(leaf('上级补助收入', mkv((k) => rest[k] * uni(0.05, 0.15))));
    L.children.push(leaf('上年结转收入', mkv((k) => rest[k] * uni(0.05, 0.2))));
    const debt = node('地方政府专项债务收入', null, { lvl: 1 });
    if (chance(0.6)) { debt.children = [leaf('新增专项债券', mkv((k) => rest[k] * uni(0.3, 0.5)), 2), leaf('再融资专项债券', mkv((k) => rest[k] * uni(0.05, 0.15)), 2)]; }
    else Object.assign(debt.raw, mkv((k) => rest[k] * uni(0.4, 0.6)));
    L.children.push(debt);
  } else {
    const sub = node('上级补助收入', null, { lvl: 1 });
    const subT = mkv((k) => rest[k] * uni(0.7, 0.85));
    sub.children = [leaf('返还性收入', mkv((k) => subT[k] * uni(0.03, 0.06)), 2), leaf('一般性转移支付收入', mkv((k) => subT[k] * uni(0.6, 0.75)), 2), leaf('专项转移支付收入', mkv((k) => subT[k] * uni(0.2, 0.3)), 2)];
    L.children.push(sub);
    if (chance(0.5)) L.children.push(leaf('下级上解收入', mkv((k) => rest[k] * uni(0.002, 0.01))));
    L.children.push(leaf('上年结转', mkv((k) => rest[k] * uni(0.02, 0.06))));
    L.children.push(leaf('调入资金', mkv((k) => rest[k] * uni(0.03, 0.1))));
    if (chance(0.6)) L.children.push(leaf('动用预算稳定调节基金', mkv((k) => rest[k] * uni(0.005, 0.03))));
    const debt = node('债务转贷收入', null, { lvl: 1 });
    if (chance(0.5)) debt.children = [leaf('再融资一般债券', mkv((k) => rest[k] * uni(0.02, 0.05)), 2), leaf('新增一般债券', mkv((k) => rest[k] * uni(0.02, 0.06)), 2)];
    else Object.assign(debt.raw, mkv((k) => rest[k] * uni(0.04, 0.1)));
    L.children.push(debt);
  }
  { // scale the non-own receipts so that the left side totals the target
    const leaves = []; const walk = (n) => { if (n.children.length) n.children.forEach(walk); else if (n !== own) leaves.push(n); }; walk(L);
    for (const k of keys) { const s = leaves.reduce((a, n) => a + (n.raw[k] || 0), 0); leaves.forEach((n) => { n.raw[k] = (n.raw[k] * rest[k]) / s; }); }
  }
  computeNode(L, keys, d, 'exact');
  const expOwn = leaf(kind === 'fund' ? '政府性基金支出' : '一般公共预算支出', ownExp);
  expOwn.fixed = base.expFixed ? mkv((k) => base.expFixed[k]) : null;
  Rt.children.push(expOwn);
  if (kind === 'fund') {
    Rt.children.push(leaf('调出资金', mkv((k) => ownExp[k] * uni(0.01, 0.05))));
    Rt.children.push(leaf('专项债务还本支出', mkv((k) => ownExp[k] * uni(0.01, 0.04))));
  } else {
    Rt.children.push(leaf('上解上级支出', mkv((k) => ownExp[k] * uni(0.005, 0.02))));
    Rt.children.push(leaf('债务还本支出', mkv((k) => ownExp[k] * uni(0.005, 0.03))));
    if (chance(0.6)) Rt.children.push(leaf('安排预算稳定调节基金', mkv((k) => ownExp[k] * uni(0.003, 0.015))));
  }
  const carry = leaf(pick(['结转下年', '年终结转', '结转下年支出']), mkv(() => 0));
  Rt.children.push(carry);
  // balance: carry = L - others (shown)
  for (const k of keys) for (const ch of Rt.children) if (ch !== carry) ch.v[k] = ch.fixed && ch.fixed[k] !== undefined ? ch.fixed[k] : fix(ch.raw[k], d);
  carry.fixed = mkv((k) => fix(L.v[k] - Rt.children.filter((c) => c !== carry).reduce((a, c) => a + c.v[k], 0), d));
  for (const ch of Rt.children) if (ch !== carry) ch.fixed = mkv((k) => ch.v[k]);
  computeNode(Rt, keys, d, 'exact');
  if (keys.some((k) => carry.v[k] <= 0)) throw new Error('negative carry');
  // layout
  const sideCols = [{ key: 'label', kind: 'label', h: '项　　目' }];
  if (hasP) sideCols.push({ key: 'P', kind: 'amt', h: pick(['上年决算数', '上年数']) });
  sideCols.push({ key: 'C', kind: 'amt', h: pick(['决算数', '本年决算数', '执行数']) });
  if (hasP) sideCols.push({ key: 'g', kind: 'growth', h: pick(['增长%', '比上年增长%']) });
  const w = sideCols.length, nc = 2 * w;
  let r = r0;
  if (S.tableNo) { put(ctx, r, c0, S.tableNo); r++; }
  title(ctx, r, c0, nc, S.title); r++;
  put(ctx, r, c0 + nc - 1, S.unitText, { align: { horizontal: 'right' } }); r++;
  const st = { bold: true, tb: true, align: { horizontal: 'center', vertical: 'middle' } };
  put(ctx, r, c0, '收　　入', st); for (let i = 1; i < w; i++) put(ctx, r, c0 + i, null, st); ctx.ws.mergeCells(r, c0, r, c0 + w - 1);
  put(ctx, r, c0 + w, '支　　出', st); for (let i = 1; i < w; i++) put(ctx, r, c0 + w + i, null, st); ctx.ws.mergeCells(r, c0 + w, r, c0 + nc - 1);
  r++;
  sideCols.forEach((col, i) => { put(ctx, r, c0 + i, col.h, st); put(ctx, r, c0 + w + i, col.h, st); });
  r++;
  const lrows = flatten(L, 'bottom'), rrows = flatten(Rt, 'bottom');
  const nrow = Math.max(lrows.length, rrows.length);
  const pad = (rows) => { const body = rows.slice(0, -1); while (body.length < nrow - 1) body.push(null); body.push(rows[rows.length - 1]); return body; };
  const lp = pad(lrows), rp = pad(rrows);
  const fmtA = d === 0 ? '#,##0' : '#,##0.00', fmtP = S.rdec === 1 ? '0.0' : '0.00';
  const writeSide = (n, cc, root) => {
    sideCols.forEach((col, i) => {
      const c = cc + i, s = { tb: true, bold: n && (n === root || n.children.length > 0) };
      if (!n) { put(ctx, r, c, null, s); return; }
      let v = null;
      if (col.kind === 'label') { v = (n === root ? '' : '　'.repeat(2 * (n.lvl - 1))) + n.label; if (n === root) s.align = { horizontal: 'center' }; }
      else if (col.kind === 'amt') { v = n.v[col.key]; s.fmt = fmtA; }
      else if (col.kind === 'growth') { v = n.v.P ? fix((n.v.C / n.v.P - 1) * 100, S.rdec) : '-'; s.fmt = fmtP; }
      n.addr[col.key] = put(ctx, r, c, v, s);
      n.dv[col.key] = v;
    });
  };
  for (let i = 0; i < nrow; i++) { writeSide(lp[i], c0, L); writeSide(rp[i], c0 + w, Rt); r++; }
  const ut = 0.5 * u + EPS;
  for (const [root] of [[L], [Rt]]) {
    const all = []; const walk = (n) => { all.push(n); n.children.forEach(walk); }; walk(root);
    for (const n of all) {
      for (const k of keys) {
        if (n.children.length) ctx.rels.push({ t: 'sum', total: n.addr[k], parts: n.children.map((c) => c.addr[k]), tol: ut });
        if (n.v[k]) addCand(ctx, n.addr[k], n === root ? 'total' : n.children.length ? 'subtotal' : 'leaf', { d });
      }
      if (hasP) { ctx.rels.push({ t: 'growth', cell: n.addr.g, cur: n.addr.C, prev: n.addr.P, tol: 0.5 * ur + EPS }); if (typeof n.dv.g === 'number') addCand(ctx, n.addr.g, 'growth', { pct: true, rd: S.rdec }); }
    }
  }
  for (const k of keys) ctx.rels.push({ t: 'sum', total: L.addr[k], parts: [Rt.addr[k]], tol: ut });
  for (const t of S.notes || []) { note(ctx, r, c0, nc, t); r++; }
  for (let i = 0; i < nc; i++) { const cc = ctx.ws.getColumn(c0 + i); cc.width = sideCols[i % w].kind === 'label' ? 26 : 12; }
  return r;
}

// ---------------------------------------------------------------- trend table with CAGR
function trendTable(ctx, r0, c0, S) {
  const { d, year } = S;
  const ny = S.ny;
  const u = 10 ** -d, ur = 10 ** -S.rdec;
  const years = []; for (let y = year - ny + 1; y <= year; y++) years.push(y);
  // build revenue series backward from anchor
  const rev = new Array(ny), exp = new Array(ny), tax = new Array(ny);
  const an = S.anchor || {};
  rev[ny - 1] = an.revC !== undefined ? an.revC : an.taxC ? fix(an.taxC / uni(0.6, 0.8), d) : fix(S.scale * uni(0.8, 1.2), d);
  if (an.taxP && !an.revP) rev[ny - 2] = fix(an.taxP / uni(0.6, 0.8), d);
  exp[ny - 1] = an.expC !== undefined ? an.expC : fix(rev[ny - 1] * uni(1.8, 3.5), d);
  if (an.revP) rev[ny - 2] = an.revP;
  if (an.expP) exp[ny - 2] = an.expP;
  for (let i = ny - 2; i >= 0; i--) { if (rev[i] === undefined) rev[i] = fix(rev[i + 1] / uni(chance(0.25) ? 0.88 : 1.0, 1.12), d); if (exp[i] === undefined) exp[i] = fix(exp[i + 1] / uni(0.96, 1.1), d); }
  for (let i = 0; i < ny; i++) tax[i] = fix(rev[i] * uni(0.55, 0.78), d);
  if (an.taxC) tax[ny - 1] = an.taxC;
  if (an.taxP) tax[ny - 2] = an.taxP;
  const firstG = [uni(-3, 12), uni(0, 10)];
  const hasTax = chance(0.8), hasGap = chance(0.5);
  const cols = [{ key: 'y', h: pick(['年度', '年份', '项目']) }, { key: 'rev', h: '一般公共预算收入' }, { key: 'rg', h: pick(['增长%', '比上年增长%']) }];
  if (hasTax) cols.push({ key: 'tax', h: pick(['其中：税收收入', '税收收入']) }, { key: 'tsh', h: pick(['税收占比%', '税收收入占比%']) });
  cols.push({ key: 'exp', h: '一般公共预算支出' }, { key: 'eg', h: pick(['增长%', '比上年增长%']) });
  if (hasGap) cols.push({ key: 'gap', h: pick(['收支差额', '支出减收入']) });
  const nc = cols.length;
  let r = r0;
  if (S.tableNo) { put(ctx, r, c0, S.tableNo); r++; }
  title(ctx, r, c0, nc, S.title); r++;
  put(ctx, r, c0 + nc - 1, S.unitText, { align: { horizontal: 'right' } }); r++;
  const st = { bold: true, tb: true, align: { horizontal: 'center', vertical: 'middle', wrapText: true } };
  cols.forEach((c, i) => put(ctx, r, c0 + i, c.h, st)); r++;
  const fmtA = d === 0 ? '#,##0' : '#,##0.00', fmtP = S.rdec === 1 ? '0.0' : '0.00';
  const ci = (k) => c0 + cols.findIndex((c) => c.key === k);
  const rowOf = [];
  for (let i = 0; i < ny; i++) {
    const vals = { y: S.yearNum ? years[i] : `${years[i]}年`, rev: rev[i], rg: fix(i ? (rev[i] / rev[i - 1] - 1) * 100 : firstG[0], S.rdec), tax: tax[i], tsh: fix((tax[i] / rev[i]) * 100, S.rdec), exp: exp[i], eg: fix(i ? (exp[i] / exp[i - 1] - 1) * 100 : firstG[1], S.rdec), gap: fix(exp[i] - rev[i], d) };
    cols.forEach((c, j) => put(ctx, r, c0 + j, vals[c.key], { tb: true, fmt: ['rev', 'tax', 'exp', 'gap'].includes(c.key) ? fmtA : c.key === 'y' ? undefined : fmtP, align: c.key === 'y' ? { horizontal: 'center' } : undefined }));
    rowOf.push(r);
    const a = (k) => A(r, ci(k));
    if (i) {
      ctx.rels.push({ t: 'growth', cell: a('rg'), cur: a('rev'), prev: A(r - 1, ci('rev')), tol: 0.5 * ur + EPS }); addCand(ctx, a('rg'), 'growth', { pct: true, rd: S.rdec });
      ctx.rels.push({ t: 'growth', cell: a('eg'), cur: a('exp'), prev: A(r - 1, ci('exp')), tol: 0.5 * ur + EPS }); addCand(ctx, a('eg'), 'growth', { pct: true, rd: S.rdec });
    }
    if (hasTax) { ctx.rels.push({ t: 'rate', cell: a('tsh'), num: a('tax'), den: a('rev'), k: 100, tol: 0.5 * ur + EPS }); ctx.rels.push({ t: 'le', whole: a('rev'), parts: [a('tax')], tol: 0.5 * u + EPS }); addCand(ctx, a('tsh'), 'share', { pct: true, rd: S.rdec }); addCand(ctx, a('tax'), 'leaf', { d }); }
    if (hasGap) { ctx.rels.push({ t: 'pp', cell: a('gap'), cur: a('exp'), prev: a('rev'), tol: 0.5 * u + EPS }); addCand(ctx, a('gap'), 'diff', { d }); }
    addCand(ctx, a('rev'), 'series', { d }); addCand(ctx, a('exp'), 'series', { d });
    r++;
  }
  // CAGR row
  const lab = pick(['年均增长%', '年均增长（%）', `${years[0]}-${years[ny - 1]}年年均增长%`]);
  put(ctx, r, c0, lab, { tb: true });
  const cg = (arr) => fix((Math.pow(arr[ny - 1] / arr[0], 1 / (ny - 1)) - 1) * 100, S.rdec);
  cols.forEach((c, j) => {
    if (j === 0) return;
    let v = null;
    if (c.key === 'rev') v = cg(rev); else if (c.key === 'exp') v = cg(exp); else if (c.key === 'tax') v = cg(tax);
    put(ctx, r, c0 + j, v, { tb: true, fmt: fmtP });
    if (v !== null) { ctx.rels.push({ t: 'cagr', cell: A(r, c0 + j), end: A(rowOf[ny - 1], c0 + j), start: A(rowOf[0], c0 + j), n: ny - 1, tol: 0.5 * ur + EPS }); addCand(ctx, A(r, c0 + j), 'cagr', { pct: true, rd: S.rdec }); }
  });
  r++;
  for (const t of S.notes || []) { note(ctx, r, c0, nc, t); r++; }
  cols.forEach((c, i) => { ctx.ws.getColumn(c0 + i).width = i === 0 ? 22 : 14; });
  return r;
}

// ---------------------------------------------------------------- town table
function townTable(ctx, r0, c0, S) {
  const { d } = S;
  const towns = sample(TOWNS, ri(7, 16));
  const variant = pick(['split', 'qz', 'plain']);
  const hasExp = S.onlyExp ? true : S.onlyRev ? false : chance(0.7);
  const hasRev = !S.onlyExp;
  const two = hasRev && hasExp ? chance(0.8) : chance(0.3);
  const RG = two ? pick(['一般公共预算收入', '财政收入']) : null, EG = two ? pick(['一般公共预算支出', '财政支出']) : null;
  const cols = [];
  if (S.seq) cols.push({ key: 'seq', kind: 'seq', h: '序号' });
  cols.push({ key: 'label', kind: 'label', h: pick(['乡镇', '乡（镇）', '单位', '乡镇名称']) });
  if (hasRev) {
    cols.push({ key: 'C', kind: 'amt', h: two ? pick(['本年', '合计', `${S.year}年`]) : '收入合计', grp: RG });
    if (variant === 'split') { cols.push({ key: 'T', kind: 'amt', h: '税收收入', grp: RG }); cols.push({ key: 'N', kind: 'amt', h: '非税收入', grp: RG }); }
    if (variant === 'qz') cols.push({ key: 'T', kind: 'amt', h: '其中：税收收入', grp: RG });
    cols.push({ key: 'P', kind: 'amt', h: two ? pick(['上年', `${S.year - 1}年`]) : '上年收入', grp: RG });
    cols.push({ key: 'g', kind: 'growth', cur: 'C', prev: 'P', h: two ? '增长%' : '收入增长%', grp: RG });
  }
  if (hasExp) {
    cols.push({ key: 'E', kind: 'amt', h: two ? pick(['本年', `${S.year}年`]) : '支出合计', grp: EG });
    cols.push({ key: 'EP', kind: 'amt', h: two ? pick(['上年', `${S.year - 1}年`]) : '上年支出', grp: EG });
    cols.push({ key: 'eg', kind: 'growth', cur: 'E', prev: 'EP', h: two ? '增长%' : '支出增长%', grp: EG });
  }
  const mkTown = (name) => {
    const n = node(name, null, { lvl: 1, isTown: true });
    const C = S.scale * uni(0.2, 3);
    const ts = uni(0.45, 0.85);
    n.raw.T = C * ts; n.raw.N = C * (1 - ts); n.raw.C = C;
    n.raw.P = chance(0.03) ? null : C / uni(0.8, 1.25);
    n.raw.E = C * uni(1.5, 4); n.raw.EP = n.raw.E / uni(0.85, 1.2);
    return n;
  };
  const root = node(S.withCounty ? pick(['合计', '全县合计', '总计']) : pick(['合计', '乡镇合计', '总计']), null, { lvl: 0 });
  if (S.withCounty) {
    const cty = mkTown('县本级'); cty.isTown = false; cty.lvl = 0; for (const k in cty.raw) if (cty.raw[k]) cty.raw[k] *= uni(4, 8);
    const sub = node('乡镇小计', null, { lvl: 0 });
    sub.children = towns.map(mkTown);
    root.children = [cty, sub];
  } else root.children = towns.map(mkTown);
  const T = {
    title: S.title, tableNo: S.tableNo, unitText: S.unitText, tree: root, cols, d, rdec: S.rdec, mode: 'exact', two, notes: S.notes, labelStyle: 'indent', order: S.order,
    hsum: variant === 'split' && hasRev ? [['C', ['T', 'N']]] : null, hle: variant === 'qz' && hasRev ? [['C', ['T']]] : null, totalCenter: true, dash: S.dash,
  };
  if (T.hsum) { // make C leaf = T + N via hsum; C raw ignored
  }
  return hierTable(ctx, r0, c0, T);
}

// ---------------------------------------------------------------- plants
function digitSwap(v, d) {
  const s = Math.abs(v).toFixed(d);
  const idx = []; for (let i = 0; i + 1 < s.length; i++) if (/\d/.test(s[i]) && /\d/.test(s[i + 1]) && s[i] !== s[i + 1]) idx.push(i);
  if (!idx.length) return null;
  const i = pick(idx);
  const t = s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2);
  return (v < 0 ? -1 : 1) * Number(t);
}
function mutate(c, was) {
  if (c.kind === 'qz') return { now: fix(c.parentVal * uni(1.08, 1.4), c.d), how: 'exceed' };
  if (c.pct) {
    const dd = c.frac ? c.rd + 2 : c.rd;
    const sc = c.frac ? 0.01 : 1;
    const how = pick(['add', 'add', 'digit', 'sign']);
    if (how === 'add') return { now: fix(was + pick([-1, 1]) * pick([0.8, 1, 2, 3, 5, 10]) * sc, dd), how };
    if (how === 'digit') return { now: digitSwap(was, dd), how };
    if (Math.abs(was) < 0.5 * sc) return { now: null };
    return { now: -was, how };
  }
  const how = pick(['scale', 'scale', 'digit', 'add']);
  if (how === 'scale') return { now: fix(was * pick([1.1, 1.2, 1.3, 1.5, 0.9, 0.8, 0.7, 2, 0.5]), c.d), how };
  if (how === 'digit') return { now: digitSwap(was, c.d), how };
  const mag = Math.floor(Math.log10(Math.abs(was)));
  return { now: fix(was + pick([-1, 1]) * 10 ** Math.max(mag - ri(0, 1), -c.d + 1), c.d), how };
}
function plantBook(sheets, n) {
  const plants = [];
  const kindW = { total: 1, subtotal: 1, leaf: 1.2, qz: 0.6, rate: 1, growth: 1, diff: 0.7, share: 0.6, pp: 0.5, cagr: 0.6, series: 0.8 };
  for (let i = 0; i < n; i++) {
    for (let tries = 0; tries < 80; tries++) {
      const ctx = pick(sheets.filter((s) => s.cand.length));
      const kinds = [...new Set(ctx.cand.map((c) => c.kind))];
      const tw = kinds.reduce((a, k) => a + kindW[k], 0);
      let x = R() * tw, kind = kinds[0];
      for (const k of kinds) { x -= kindW[k]; if (x <= 0) { kind = k; break; } }
      const c = pick(ctx.cand.filter((q) => q.kind === kind));
      const rels = ctx.rels.filter((r) => relCells(r).includes(c.cell));
      if (!rels.length) continue;
      const planted = new Set(plants.filter((p) => p.sheet === ctx.name).map((p) => p.cell));
      if (planted.has(c.cell)) continue;
      if (rels.some((r) => relCells(r).some((a) => planted.has(a)))) continue;
      const was = ctx.ws.getCell(c.cell).value;
      if (typeof was !== 'number' || was === 0) continue;
      const { now, how } = mutate(c, was);
      if (now === null || now === undefined || !Number.isFinite(now) || now === was) continue;
      ctx.ws.getCell(c.cell).value = now;
      const get = (a) => ctx.ws.getCell(a).value;
      const minE = c.pct ? (c.frac ? 0.003 : 0.3) : Math.max(c.d === 0 ? 3 : 0.3, 0.0005 * Math.abs(was));
      const ok = rels.some((r) => { const e = evalRel(r, get); return e !== null && e > Math.max(r.tol, minE); });
      if (!ok) { ctx.ws.getCell(c.cell).value = was; continue; }
      plants.push({ sheet: ctx.name, cell: c.cell, was, now, kind: `${kind}:${how}` });
      break;
    }
  }
  return plants;
}

// ---------------------------------------------------------------- book assembly
const ORDER = ['rev', 'exp', 'fund', 'tax', 'exec', 'town', 'bal', 'fbal', 'trend'];
function makeBook(planted) {
  const wb = new ExcelJS.Workbook();
  wb.creator = '县财政局';
  const county = pick(COUNTIES), year = ri(2020, 2024);
  const yi = chance(0.15);
  const unit = yi ? '亿元' : '万元';
  const d = yi ? 2 : pick([0, 0, 0, 2, 2, 1]);
  const rdec = pick([1, 1, 1, 2]);
  const unitText = pick([`单位：${unit}`, `单位:${unit}`, `金额单位：${unit}`]);
  const scale = (yi ? 1e-4 : 1) * uni(2e4, 3e5);
  const sheets = [];
  const codeNumeric = chance(0.12);
  const labelStyle = chance(0.6) ? 'spaces' : 'indent';
  const dash = pick(['-', '-', '—', 'blank']);
  const org = chance(0.3) ? `${county}财政局` : null;
  let tno = 1;
  const tn = () => (chance(0.6) ? pick([`表${tno++}`, `附表${tno++}`, `${county.slice(0, 2)}财决${String(tno++).padStart(2, '0')}表`]) : (tno++, null));
  const sheetName = (cands) => { let s = pick(cands); if (sheets.some((x) => x.name === s)) s = s + sheets.length; return s; };
  const anchor = {};
  const type = pick(['final', 'final', 'fund', 'town', 'tax', 'exec', 'mixed', 'mixed']);
  const want = new Set();
  if (type === 'final') { want.add('rev'); if (chance(0.8)) want.add('exp'); if (chance(0.5)) want.add('bal'); if (chance(0.2)) want.add('fund'); }
  if (type === 'fund') { want.add('fund'); if (chance(0.5)) want.add('fbal'); }
  if (type === 'town') { want.add('town'); if (chance(0.4)) want.add('trend'); }
  if (type === 'tax') { want.add('tax'); if (chance(0.6)) want.add('trend'); }
  if (type === 'exec') { want.add('exec'); }
  if (type === 'mixed') { for (const k of sample(['rev', 'exp', 'bal', 'fund', 'town', 'tax', 'trend', 'exec', 'fbal'], ri(2, 4))) want.add(k); }
  if (chance(0.12)) {
    const ws = wb.addWorksheet('目录');
    ws.getCell('A1').value = `${county}${year}年财政决算公开表目录`;
    ORDER.filter((k) => want.has(k)).forEach((k, i) => { ws.getCell(i + 3, 1).value = i + 1; ws.getCell(i + 3, 2).value = { rev: '一般公共预算收入决算表', exp: '一般公共预算支出决算表', bal: '一般公共预算收支决算总表', fund: '政府性基金收支决算表', town: '乡镇财政收支情况表', tax: '税收收入分项目情况表', trend: '近年财政收支情况表', exec: '预算执行情况表', fbal: '政府性基金收支平衡表' }[k]; });
    ws.getColumn(2).width = 40;
  }
  const revTotal = scale, expTotal = scale * uni(1.8, 3.6);
  const common = { d, rdec, unitText, labelStyle, codeNumeric, dash, org };
  const mkFinal = (ctx, r0, kind, extra = {}) => {
    const pctFrac = chance(0.1);
    const hasCode = chance(0.55);
    const { cols, two } = finalCols(year, { hasCode, pctFrac, share: chance(0.15), exec: extra.exec, month: extra.month });
    const numbered = chance(0.5);
    let tree, ttl;
    const gopt = extra.exec ? { comp: [0.55, 0.85] } : {};
    if (kind === 'rev') { tree = revTree(extra.exec ? revTotal * 0.7 : revTotal, Object.assign({ numbered, qz: chance(0.5) }, gopt)); ttl = extra.exec ? `${county}${year}年1-${extra.month}月一般公共预算收入执行情况表` : `${county}${year}年一般公共预算收入决算表`; }
    else if (kind === 'exp') { tree = expTree(extra.exec ? expTotal * 0.7 : expTotal, Object.assign({ numbered: chance(0.3), mode: pick(['class', 'full', 'qz']), reserve: cols.some((c) => c.key === 'B') && chance(0.5) }, gopt)); ttl = extra.exec ? `${county}${year}年1-${extra.month}月一般公共预算支出执行情况表` : `${county}${year}年一般公共预算支出决算表`; }
    else if (kind === 'frev') { tree = fundRevTree(revTotal * uni(0.3, 1.2), gopt); ttl = `${county}${year}年政府性基金预算收入决算表`; }
    else if (kind === 'fexp') { tree = fundExpTree(revTotal * uni(0.3, 1.2), Object.assign({ mode: pick(['class', 'full', 'qz']) }, gopt)); ttl = `${county}${year}年政府性基金预算支出决算表`; }
    else if (kind === 'tax') {
      const taxes = TAX.filter((t, i) => i < 3 || chance(0.85));
      tree = node(pick(['税收收入合计', '税收收入', '合计']), '101', { lvl: 0 });
      const ws = taxes.map((t) => t[2] * uni(0.5, 1.5)); const sw = ws.reduce((a, b) => a + b, 0);
      if (anchor.tax && anchor.tax.P !== null) tree.children = anchor.tax.leaves.map((l) => { const n = node(l.label, l.code, { lvl: 1 }); n.raw.C = l.raw.C; n.raw.P = l.raw.P; return n; });
      else tree.children = taxes.map((t, i) => { const n = node(t[1], t[0], { lvl: 1 }); Object.assign(n.raw, genLeaf((revTotal * 0.7 * ws[i]) / sw)); return n; });
      const tmode = anchor.tax ? anchor.tax.mode : chance(0.3) ? 'noisy' : 'exact';
      ttl = `${county}${year}年税收收入分项目完成情况表`;
      const two2 = chance(0.5);
      const tcols = [];
      if (hasCode) tcols.push({ key: 'code', kind: 'code', h: '科目编码' });
      tcols.push({ key: 'label', kind: 'label', h: pick(['税种', '项目']) });
      tcols.push({ key: 'C', kind: 'amt', h: two2 ? '本年' : `${year}年完成数`, grp: two2 ? '收入' : null });
      tcols.push({ key: 'P', kind: 'amt', h: two2 ? '上年' : `${year - 1}年完成数`, grp: two2 ? '收入' : null });
      if (chance(0.6)) tcols.push({ key: 'dP', kind: 'diff', cur: 'C', prev: 'P', h: '增减额', grp: two2 ? '收入' : null });
      tcols.push({ key: 'g', kind: 'growth', cur: 'C', prev: 'P', h: two2 ? '增长%' : '比上年增长%', grp: two2 ? '收入' : null });
      tcols.push({ key: 'sh', kind: 'share', num: 'C', h: two2 ? '本年' : '本年占比%', grp: two2 ? '占税收比重%' : null });
      if (chance(0.7)) { tcols.push({ key: 'shP', kind: 'share', num: 'P', h: two2 ? '上年' : '上年占比%', grp: two2 ? '占税收比重%' : null }); tcols.push({ key: 'dsh', kind: 'pp', cur: 'sh', prev: 'shP', h: two2 ? '增减（百分点）' : '比重增减（百分点）', grp: two2 ? '占税收比重%' : null }); }
      const anchored = !!anchor.tax;
      const rr = hierTable(ctx, r0, 1, Object.assign({}, common, { title: ttl, tableNo: tn(), tree, cols: tcols, two: two2, mode: tmode, order: chance(0.5) ? 'top' : 'bottom', notes: chance(0.5) ? [pick(NOTES.concat([NOTE_REV]))] : [], codeNumeric: codeNumeric && hasCode }));
      if (!anchored && tree.v.P) anchor.tax = { C: tree.v.C, P: tree.v.P, mode: tmode };
      return rr;
    }
    const pool = extra.exec ? [NOTE_EXEC, NOTES[1]] : NOTES.slice();
    if (kind === 'rev' || kind === 'tax') pool.push(NOTE_REV);
    if (cols.some((c) => c.key === 'rA')) pool.push(NOTE_RA);
    const hasQz = []; const wq = (n) => { if (n.qz.length) hasQz.push(n); n.children.forEach(wq); }; wq(tree);
    if (hasQz.length && kind !== 'rev') pool.push(NOTE_QZ, NOTE_QZ);
    const mode = chance(0.3) ? 'noisy' : 'exact';
    const T = Object.assign({}, common, { title: ttl, tableNo: tn(), tree, cols, two, pctFrac, mode, order: chance(0.6) ? 'top' : 'bottom', notes: chance(0.6) ? sample(pool, ri(1, 2)) : [], codeNumeric: codeNumeric && hasCode });
    const r = hierTable(ctx, r0, 1, T);
    if (kind === 'rev' && !extra.exec) { anchor.rev = { C: tree.v.C, P: tree.v.P }; anchor.tax = { C: tree.children[0].v.C, P: tree.children[0].v.P, leaves: tree.children[0].children, mode }; }
    if (kind === 'exp' && !extra.exec) anchor.exp = { C: tree.v.C, P: tree.v.P };
    if (kind === 'frev') anchor.frev = { C: tree.v.C, P: tree.v.P };
    if (kind === 'fexp') anchor.fexp = { C: tree.v.C, P: tree.v.P };
    return r;
  };
  const wantList = ORDER.filter((k) => want.has(k));
  for (const k of wantList) {
    if (k === 'rev') { const ctx = newCtx(wb, sheetName(['收入决算', '表1 一般公共预算收入', '一般公共预算收入', 'Sheet1'])); sheets.push(ctx); mkFinal(ctx, 1, 'rev'); }
    if (k === 'exp') { const ctx = newCtx(wb, sheetName(['支出决算', '表2 一般公共预算支出', '一般公共预算支出', 'Sheet2'])); sheets.push(ctx); mkFinal(ctx, 1, 'exp'); }
    if (k === 'fund') {
      const stacked = chance(0.6);
      const ctx = newCtx(wb, sheetName(['政府性基金', '基金收支', '表3 政府性基金'])); sheets.push(ctx);
      const r = mkFinal(ctx, 1, 'frev');
      if (stacked) mkFinal(ctx, r + 2, 'fexp'); else { const c2 = newCtx(wb, sheetName(['基金支出', '政府性基金支出'])); sheets.push(c2); mkFinal(c2, 1, 'fexp'); }
    }
    if (k === 'tax') { const ctx = newCtx(wb, sheetName(['税收分项目', '税收收入', '表4 税收'])); sheets.push(ctx); mkFinal(ctx, 1, 'tax'); }
    if (k === 'exec') {
      const month = pick([3, 6, 9, 10, 11]);
      const one = chance(0.5);
      const ctx = newCtx(wb, sheetName([`1-${month}月执行`, '预算执行情况', '执行情况'])); sheets.push(ctx);
      const r = mkFinal(ctx, 1, 'rev', { exec: true, month });
      if (one) mkFinal(ctx, r + ri(1, 3), 'exp', { exec: true, month }); else { const c2 = newCtx(wb, sheetName(['支出执行', `1-${month}月支出`])); sheets.push(c2); mkFinal(c2, 1, 'exp', { exec: true, month }); }
    }
    if (k === 'town') {
      const split = chance(0.35);
      const ctx = newCtx(wb, sheetName(['乡镇财政收支', '乡镇', '分乡镇情况'])); sheets.push(ctx);
      const S = { d, rdec, unitText, year, scale: scale / 40, seq: chance(0.5), withCounty: chance(0.25), order: chance(0.6) ? 'top' : 'bottom', dash, title: `${county}${year}年分乡镇财政收支情况表`, tableNo: tn(), notes: chance(0.5) ? [pick(['注：乡镇收入为乡镇级次入库数。', '注：支出含上级专项补助安排的支出。'])] : [] };
      if (split) { const r = townTable(ctx, 1, 1, Object.assign({}, S, { onlyRev: true, title: `${county}${year}年分乡镇一般公共预算收入情况表` })); townTable(ctx, r + 2, 1, Object.assign({}, S, { onlyExp: true, tableNo: null, title: `${county}${year}年分乡镇一般公共预算支出情况表` })); }
      else townTable(ctx, 1, 1, S);
    }
  }
  for (const k of wantList) {
    if (k === 'bal' || k === 'fbal') {
      const fund = k === 'fbal';
      const hasP = chance(0.5);
      const ctx = newCtx(wb, sheetName(fund ? ['基金收支平衡', '政府性基金平衡表'] : ['收支总表', '收支平衡表', '表5 收支决算总表'])); sheets.push(ctx);
      const ar = fund ? anchor.frev : anchor.rev, ae = fund ? anchor.fexp : anchor.exp;
      const rc = revTotal * (fund ? 0.6 : 1), ec = fund ? rc * uni(0.8, 1.1) : expTotal;
      const base = { rev: ar && ar.P ? ar : { C: rc, P: rc / uni(0.9, 1.15) }, exp: ae && ae.P ? ae : { C: ec, P: ec / uni(0.92, 1.12) } };
      if (ar && ar.P) base.revFixed = ar;
      if (ae && ae.P) base.expFixed = ae;
      balanceTable(ctx, 1, 1, { d, rdec, hasP, kind: fund ? 'fund' : 'gen', base, unitText, tableNo: tn(), title: fund ? `${county}${year}年政府性基金收支决算平衡表` : `${county}${year}年一般公共预算收支决算总表`, notes: chance(0.5) ? [fund ? '注：收入总计与支出总计相等。' : '注：上级补助收入含返还性收入、一般性转移支付收入和专项转移支付收入。'] : [] });
    }
    if (k === 'trend') {
      const ctx = newCtx(wb, sheetName(['近年收支', '历年对比', '近五年财政收支'])); sheets.push(ctx);
      const ny = ri(4, 6);
      const anc = {};
      if (anchor.rev && anchor.rev.P) Object.assign(anc, { revC: anchor.rev.C, revP: anchor.rev.P, taxC: anchor.tax.C, taxP: anchor.tax.P });
      if (anchor.exp && anchor.exp.P) Object.assign(anc, { expC: anchor.exp.C, expP: anchor.exp.P });
      if (!anchor.rev && anchor.tax) Object.assign(anc, { taxC: anchor.tax.C, taxP: anchor.tax.P });
      trendTable(ctx, 1, 1, { d, rdec, year, ny, scale, anchor: anc, yearNum: chance(0.35), unitText, tableNo: tn(), title: `${county}${year - ny + 1}-${year}年财政收支情况表`, notes: chance(0.5) ? ['注：年均增长按几何平均法计算。'] : [] });
    }
  }
  const plants = planted ? plantBook(sheets, chance(0.35) ? 2 : 1) : [];
  return { wb, sheets, plants };
}

async function genSet(name, n, prefix, seed) {
  R = mulberry32(seed);
  const dir = path.join(__dirname, name);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  fs.mkdirSync(path.join(__dirname, 'rel'), { recursive: true });
  const manifest = [], rels = {};
  const nClean = Math.round(n * 0.4);
  const flags = shuffle(Array.from({ length: n }, (_, i) => i >= nClean));
  for (let i = 1; i <= n; i++) {
    const file = `${prefix}${String(i).padStart(3, '0')}.xlsx`;
    const planted = flags[i - 1];
    let b;
    for (;;) { try { b = makeBook(planted); } catch (e) { if (e.message === 'negative carry') continue; throw e; } if (!planted || b.plants.length) break; }
    await b.wb.xlsx.writeFile(path.join(dir, file));
    manifest.push({ file, clean: !planted, plants: b.plants });
    rels[file] = { sheets: b.sheets.map((s) => ({ name: s.name, rels: s.rels })) };
  }
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 1));
  fs.writeFileSync(path.join(__dirname, 'rel', name + '.json'), JSON.stringify(rels));
  console.log(name, n, 'books,', manifest.filter((m) => m.clean).length, 'clean,', manifest.reduce((a, m) => a + m.plants.length, 0), 'plants');
}
(async () => {
  await genSet('cases', 45, 'c', 9301);
  await genSet('probe', 100, 'p', 9302);
})();
