// node gen.js SET N SEED PLANTFRAC [VARIANT]  -> /tmp/round108a/SET/*.xlsx, manifest.json, /tmp/round108a/rel/SET__file.json
const ExcelJS = require('exceljs');
const fs = require('fs');
const path = require('path');
const { evalRel, relCells } = require('./rel.js');
const [, , SET, NARG, SEEDARG, PFARG, VARG] = process.argv;
const N = +NARG || 30, PF = PFARG === undefined ? 0.5 : +PFARG, VAR = +(VARG || 0);
let seed = (+SEEDARG || 1) >>> 0;
function rnd() { seed = (seed + 0x6D2B79F5) >>> 0; let t = seed; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];
const chance = (p) => rnd() < p;
const shuffle = (a) => { a = a.slice(); for (let i = a.length - 1; i > 0; i--) { const j = ri(0, i); [a[i], a[j]] = [a[j], a[i]]; } return a; };
const r10 = (x, d) => Math.round(x * 10 ** d) / 10 ** d;
const colL = (n) => { let s = ''; while (n > 0) { const m = (n - 1) % 26; s = String.fromCharCode(65 + m) + s; n = Math.floor((n - 1) / 26); } return s; };
const A = (r, c) => colL(c) + r;
const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];

const DISTRICTS = ['城关区', '七里河区', '西固区', '安宁区', '雁塔区', '碑林区', '莲湖区', '未央区', '鼓楼区', '台江区', '仓山区', '晋安区', '天河区', '越秀区', '海珠区', '江岸区', '江汉区', '硚口区', '武侯区', '锦江区', '青羊区', '金牛区', '高新区', '经开区'];
const STREETS = ['东关', '西关', '南关', '北关', '中山路', '解放路', '人民路', '建设路', '和平路', '胜利路', '文化路', '新华路', '滨河路', '五里铺', '小西湖', '曲江', '长乐', '太华路', '土门', '桃园', '青年路', '火车站', '大雁塔', '小寨', '电子城', '丈八沟', '鱼化寨', '南湖', '金山', '五一', '东街', '茶园', '温泉', '北门', '春熙路', '书院街', '牛市口', '草市街', '西御河', '府南'];
const CITIES = ['兰州市', '嘉峪关市', '金昌市', '白银市', '天水市', '武威市', '张掖市', '平凉市', '酒泉市', '庆阳市', '定西市', '陇南市'];
const YEARS = [2021, 2022, 2023, 2024];

// ---------- data ----------
function unitData() {
  const b = ri(3, 45);
  const y = chance(0.25) ? 0 : ri(0, Math.floor(b / 3));
  const e = b * ri(15, 90);
  const p = e * ri(8, 35);
  const m = Math.max(1, Math.round(p * (0.02 + rnd() * 0.06)));
  const o = Math.max(0, b - ri(0, Math.ceil(b * 0.35)));
  const s = ri(0, o), j = o - s;
  const z = ri(0, Math.ceil(o / 2) + 1);
  // previous year
  const bp = Math.max(1, b - ri(-2, Math.ceil(b * 0.25)));
  const op = Math.min(bp, Math.max(0, o - ri(0, Math.ceil(o * 0.3))));
  const mp = Math.max(1, Math.round(m / (1 + (rnd() * 0.3 - 0.05))));
  const ep = Math.max(1, Math.round(e / (1 + (rnd() * 0.25 - 0.05))));
  return { b, y, e, p, m, o, s, j, g: s + j, z, bp, op, mp, ep };
}
function sumData(list) { const r = {}; for (const k of Object.keys(list[0])) r[k] = list.reduce((a, x) => a + x[k], 0); return r; }
function makeRegions(nd, ns) {
  const ds = shuffle(DISTRICTS).slice(0, nd);
  const st = shuffle(STREETS);
  let k = 0;
  return ds.map((d) => {
    const streets = [];
    const n = ns === 0 ? 0 : ri(Math.max(1, ns - 2), ns);
    for (let i = 0; i < n; i++) streets.push({ name: st[k++ % st.length] + '街道', v: unitData() });
    const v = n ? sumData(streets.map((x) => x.v)) : unitData();
    return { name: d, streets, v };
  });
}

// ---------- sheet builder ----------
class SB {
  constructor(wb, name, opt) {
    this.ws = wb.addWorksheet(name); this.name = name; this.rels = []; this.roles = {}; this.vals = {}; this.opt = opt || {};
    this.textP = VAR ? 0.2 : (chance(0.3) ? 0.15 : 0); this.dash = VAR ? pick(['—', '…', null]) : pick(['—', '-', null, 0, 0]);
  }
  put(r, c, v, o = {}) {
    const cell = this.ws.getCell(r, c);
    let val = v;
    if (typeof v === 'number') {
      if (v === 0 && o.zero !== false && this.dash !== 0 && !o.keepZero && chance(0.7)) val = this.dash;
      else if (!o.noText && chance(this.textP)) val = o.d !== undefined ? v.toFixed(o.d) : String(v);
      if (o.d !== undefined && typeof val === 'number') cell.numFmt = o.d === 0 ? '0' : '0.' + '0'.repeat(o.d);
      else if (typeof val === 'number' && Number.isInteger(val) && Math.abs(val) >= 1000 && chance(0.5)) cell.numFmt = '#,##0';
    }
    cell.value = val;
    const a = A(r, c);
    this.vals[a] = val;
    if (o.role) this.roles[a] = o.role;
    return a;
  }
  rel(x) { this.rels.push(x); }
  title(text, ncol, r = 1) { this.ws.mergeCells(r, 1, r, ncol); this.ws.getCell(r, 1).value = text; this.ws.getCell(r, 1).font = { bold: true, size: 14 }; this.ws.getCell(r, 1).alignment = { horizontal: 'center' }; }
  merge(r1, c1, r2, c2, text) { if (r1 !== r2 || c1 !== c2) this.ws.mergeCells(r1, c1, r2, c2); this.ws.getCell(r1, c1).value = text; }
  notes(r, ncol) {
    const lines = [];
    if (chance(0.6)) lines.push(pick(['注：1.覆盖率=建立党组织楼宇数÷商务楼宇数×100%；2.亿元楼宇指年税收1亿元以上楼宇。', '说明：本表数据截至' + pick(YEARS) + '年12月31日。', '注：“—”表示无此项数据。', '备注：联合组建指两个以上楼宇或企业联合建立党组织。']));
    if (chance(0.7)) lines.push(pick(['填报单位（盖章）：        填报人：        审核人：        联系电话：', '填报人：张丽    审核人：王强    填报日期：' + pick(YEARS) + '年1月10日', '单位负责人：          统计负责人：          填表人：']));
    let rr = r + (chance(0.5) ? 1 : 0);
    for (const l of lines) { this.ws.getCell(rr, 1).value = l; if (chance(0.5)) this.ws.mergeCells(rr, 1, rr, Math.max(2, ncol)); rr++; }
  }
  unitLine(r, ncol, text) { const c = chance(0.5) ? 1 : ncol; this.ws.getCell(r, c).value = text || pick(['单位：栋、家、人、个、%', '单位：个、名、%', '计量单位：栋、个', '填报单位：' + pick(DISTRICTS) + '委组织部']); }
}

// ---------- indicators ----------
const IND = {
  b: ['商务楼宇数', '栋'], y: ['其中：亿元楼宇', '栋'], e: ['入驻企业数', '家'], p: ['从业人员数', '人'], m: ['党员数', '名'],
  o: ['建立党组织楼宇数', '栋'], cov: ['楼宇党组织覆盖率', '%'], g: ['党组织数', '个'], s: ['单独组建', '个'], j: ['联合组建', '个'], z: ['党群服务站点数', '个'],
};
function covOf(v, d, raw) { if (!v.b) return null; const x = v.o / v.b * 100; return raw ? x : r10(x, d); }

// Type A: regions as rows, district subtotals and street rows
function sheetA(wb, name, year) {
  const sb = new SB(wb, name);
  const regs = makeRegions(ri(2, 5), chance(0.15) ? 0 : ri(2, 5));
  const cols = ['b'];
  if (chance(0.6)) cols.push('y');
  if (chance(0.6)) cols.push('e');
  if (chance(0.4)) cols.push('p');
  if (chance(0.6)) cols.push('m');
  cols.push('o', 'cov');
  const sj = chance(0.6); if (sj) { if (chance(0.5)) cols.push('g'); cols.push('s', 'j'); }
  if (chance(0.5)) cols.push('z');
  const d = pick([1, 1, 2]); const raw = chance(0.2);
  const twocol = chance(0.4) && regs[0].streets.length > 0;
  const seqCol = chance(0.3);
  const c0 = 2 + (seqCol ? 1 : 0) + (twocol ? 1 : 0); // first data column
  const ncol = c0 + cols.length - 1;
  let r = 1;
  sb.title(pick([`${year}年度商务楼宇党建工作情况统计表`, `全市楼宇党建基本情况统计表（${year}年）`, `${pick(CITIES)}商务楼宇党组织覆盖情况表`, `楼宇党建工作统计表`]), ncol); r++;
  if (chance(0.7)) { sb.unitLine(r, ncol); r++; }
  // headers
  const multi = chance(0.6);
  const hr = r; const hrows = multi ? 2 : 1;
  let c = 1;
  if (seqCol) { sb.merge(hr, c, hr + hrows - 1, c, '序号'); c++; }
  if (twocol) { sb.merge(hr, c, hr + hrows - 1, c, pick(['县区', '区', '区（县）'])); c++; sb.merge(hr, c, hr + hrows - 1, c, pick(['街道', '街道（乡镇）'])); c++; }
  else { sb.merge(hr, c, hr + hrows - 1, c, pick(['单位', '地区', '区、街道', '名称'])); c++; }
  const colIdx = {};
  cols.forEach((k, i) => { colIdx[k] = c0 + i; });
  if (multi) {
    // group headers
    const groups = [];
    for (const k of cols) {
      const grp = ['b', 'y'].includes(k) ? '商务楼宇' : ['o', 'cov', 'g', 's', 'j'].includes(k) ? '党组织建设情况' : null;
      if (grp && groups.length && groups[groups.length - 1].g === grp) groups[groups.length - 1].to = colIdx[k];
      else groups.push({ g: grp, from: colIdx[k], to: colIdx[k], k });
    }
    for (const G of groups) {
      if (G.g && G.to > G.from) {
        sb.merge(hr, G.from, hr, G.to, G.g);
        for (let cc = G.from; cc <= G.to; cc++) { const k = cols[cc - c0]; sb.ws.getCell(hr + 1, cc).value = hdr(k, G.g); }
      } else sb.merge(hr, G.from, hr + 1, G.from, hdr(G.k, null, true));
    }
  } else for (const k of cols) sb.ws.getCell(hr, colIdx[k]).value = hdr(k, null, true);
  function hdr(k, grp, full) {
    const [n, u] = IND[k];
    let t = n;
    if (grp === '商务楼宇' && k === 'b') t = pick(['总数', '楼宇数', '合计']);
    if (k === 'cov') t = pick(['覆盖率', '楼宇党组织覆盖率', '党组织覆盖率']);
    if (k === 's' && !full) t = pick(['单独组建', '其中：单独组建']);
    return t + (chance(0.8) ? (u === '%' ? '(%)' : pick(['（' + u + '）', '(' + u + ')', ''])) : '');
  }
  r = hr + hrows;
  if (chance(0.25)) { let cc = 1; for (let i = 1; i <= ncol; i++) sb.ws.getCell(r, i).value = i < c0 ? (i === 1 ? '甲' : '乙') : (i - c0 + 1); r++; }
  // rows
  const totalTop = chance(0.5);
  const totLabel = pick(['合计', '总计', '全市', '全市合计']);
  const rowsOut = []; // {label, v, kind:'tot'|'sub'|'leaf', seq}
  const numbering = chance(0.4);
  const groupsRows = [];
  const twoBottom = chance(0.8); const subMode = pick(['top', 'top', 'top', 'bottomNamed', 'headBlank']); const streetIndent = pick(['  ', '    ', '']); const indentAlign = chance(0.3);
  if (totalTop) rowsOut.push({ kind: 'tot', v: sumData(regs.map((x) => x.v)), label: totLabel });
  regs.forEach((R, i) => {
    const g = { sub: null, leaves: [] };
    const dLabel = (numbering ? CN[i] + '、' : '') + R.name;
    if (R.streets.length === 0) { const row = { kind: 'leaf', v: R.v, label: dLabel, dname: R.name }; rowsOut.push(row); groupsRows.push({ sub: row, leaves: [] }); return; }
    const subBottom = twocol ? twoBottom : subMode !== 'top';
    const sub = { kind: 'sub', v: R.v, label: twocol ? '小计' : subMode === 'bottomNamed' ? R.name + '小计' : subMode === 'headBlank' ? pick(['小计', '  小计']) : dLabel, dname: R.name };
    if (!twocol && subMode === 'headBlank') rowsOut.push({ kind: 'head', label: dLabel, dname: R.name });
    if (!subBottom) rowsOut.push(sub);
    R.streets.forEach((S, k) => { const row = { kind: 'leaf', v: S.v, label: twocol ? S.name : (numbering ? `（${CN[k]}）` : streetIndent) + S.name, dname: R.name }; rowsOut.push(row); g.leaves.push(row); });
    if (subBottom) rowsOut.push(sub);
    g.sub = sub; groupsRows.push(g);
  });
  if (!totalTop) rowsOut.push({ kind: 'tot', v: sumData(regs.map((x) => x.v)), label: totLabel });
  let seq = 1;
  const dStart = {};
  for (const row of rowsOut) {
    row.r = r;
    let cc = 1;
    if (seqCol) { if (row.kind === 'leaf' || (row.kind === 'sub' && !twocol && !numbering && subMode === 'top')) sb.ws.getCell(r, cc).value = seq++; cc++; }
    if (twocol) {
      if (row.kind === 'tot') { sb.ws.mergeCells(r, cc, r, cc + 1); sb.ws.getCell(r, cc).value = row.label; }
      else { if (!dStart[row.dname]) { dStart[row.dname] = r; sb.ws.getCell(r, cc).value = row.dname; } sb.ws.getCell(r, cc + 1).value = row.label; }
    } else sb.ws.getCell(r, cc).value = row.label;
    if (row.kind === 'leaf' && !twocol && indentAlign) sb.ws.getCell(r, cc).alignment = { indent: 1 };
    if (row.kind === 'head') { r++; continue; }
    for (const k of cols) {
      const col = colIdx[k];
      const role = row.kind === 'tot' ? 'total' : row.kind === 'sub' ? 'subtotal' : 'part';
      if (k === 'cov') { const v = covOf(row.v, d, raw); sb.put(r, col, v === null ? '—' : v, { d, role: 'rate', noText: raw }); }
      else sb.put(r, col, row.v[k], { role });
    }
    r++;
  }
  if (twocol) for (const dn of Object.keys(dStart)) { const rows = rowsOut.filter((x) => x.dname === dn); const last = rows[rows.length - 1].r; if (last > dStart[dn]) sb.ws.mergeCells(dStart[dn], c0 - 2, last, c0 - 2); }
  // relations
  const tot = rowsOut.find((x) => x.kind === 'tot');
  const dtol = raw ? 1e-6 : 0.5 * 10 ** -d + 1e-9;
  for (const k of cols) {
    if (k === 'cov') continue;
    const col = colIdx[k];
    sb.rel({ t: 'sum', total: A(tot.r, col), parts: groupsRows.map((g) => A(g.sub.r, col)), tol: 0.5 });
    for (const g of groupsRows) if (g.leaves.length) sb.rel({ t: 'sum', total: A(g.sub.r, col), parts: g.leaves.map((x) => A(x.r, col)), tol: 0.5 });
  }
  for (const row of rowsOut) {
    if (row.kind === 'head') continue;
    if (row.v.b) sb.rel({ t: 'rate', cell: A(row.r, colIdx.cov), num: A(row.r, colIdx.o), den: A(row.r, colIdx.b), k: 100, tol: dtol });
    if (colIdx.y) sb.rel({ t: 'le', whole: A(row.r, colIdx.b), parts: [A(row.r, colIdx.y)], tol: 0 });
    sb.rel({ t: 'le', whole: A(row.r, colIdx.b), parts: [A(row.r, colIdx.o)], tol: 0 });
    if (sj && colIdx.g) sb.rel({ t: 'sum', total: A(row.r, colIdx.g), parts: [A(row.r, colIdx.s), A(row.r, colIdx.j)], tol: 0.5 });
  }
  sb.notes(r, ncol);
  sb.ws.getColumn(c0 - 1).width = 18;
  return sb;
}

// Type B: regions as columns, indicators as rows
function sheetB(wb, name, year) {
  const sb = new SB(wb, name);
  const lvl = chance(0.5);
  const regs = lvl ? makeRegions(ri(3, 7), 0) : makeRegions(1, ri(3, 7))[0].streets.map((s) => ({ name: s.name, v: s.v }));
  const tot = sumData(regs.map((x) => x.v));
  const d = pick([1, 2]);
  const unitCol = chance(0.6);
  const totFirst = chance(0.7);
  const ncol = 1 + (unitCol ? 1 : 0) + regs.length + 1;
  let r = 1;
  sb.title(pick([`${lvl ? '各区' : pick(DISTRICTS) + '各街道'}商务楼宇党建工作情况（${year}年）`, `楼宇党建主要指标分${lvl ? '县区' : '街道'}情况`]), ncol); r++;
  if (chance(0.5)) { sb.unitLine(r, ncol, '截至' + year + '年' + pick(['6月底', '12月底', '第三季度末'])); r++; }
  let c = 1; sb.ws.getCell(r, c++).value = pick(['指标', '项目', '指标名称']);
  if (unitCol) sb.ws.getCell(r, c++).value = pick(['单位', '计量单位']);
  const c0 = c;
  const colsV = totFirst ? [{ n: pick(['合计', '全市', '全区', '总计']), v: tot, tot: true }, ...regs.map((x) => ({ n: x.name, v: x.v }))] : [...regs.map((x) => ({ n: x.name, v: x.v })), { n: '合计', v: tot, tot: true }];
  colsV.forEach((x, i) => { x.c = c0 + i; sb.ws.getCell(r, x.c).value = x.n; });
  r++;
  const keys = ['b', 'y', 'e', 'p', 'm', 'o', 'cov', 'g', 's', 'j', 'z'].filter((k) => ['b', 'o', 'cov'].includes(k) || chance(0.7));
  if (keys.includes('s') !== keys.includes('j')) { keys.splice(keys.indexOf('s'), keys.includes('s') ? 1 : 0); const ji = keys.indexOf('j'); if (ji >= 0) keys.splice(ji, 1); }
  const hasG = keys.includes('g') && keys.includes('s');
  const rowOf = {};
  let num = 0; const numberRows = chance(0.5);
  for (const k of keys) {
    let label = IND[k][0];
    const sub = ['y', 's', 'j', 'cov'].includes(k);
    if (k === 's') label = hasG ? '其中：单独组建' : '单独组建党组织数';
    if (k === 'j') label = hasG ? '      联合组建' : '联合组建党组织数';
    if (k === 'y') label = pick(['其中：亿元楼宇', '  其中：亿元楼宇']);
    if (!sub && numberRows) label = CN[num++] + '、' + label;
    let cc = 1; sb.ws.getCell(r, cc++).value = label + (unitCol ? '' : (IND[k][1] === '%' ? '(%)' : '（' + IND[k][1] + '）'));
    if (unitCol) sb.ws.getCell(r, cc++).value = IND[k][1];
    rowOf[k] = r;
    for (const x of colsV) {
      if (k === 'cov') { const v = covOf(x.v, d); sb.put(r, x.c, v === null ? '—' : v, { d, role: 'rate' }); }
      else sb.put(r, x.c, x.v[k], { role: x.tot ? 'total' : 'part' });
    }
    r++;
  }
  const totC = colsV.find((x) => x.tot).c;
  for (const k of keys) {
    if (k === 'cov') continue;
    sb.rel({ t: 'sum', total: A(rowOf[k], totC), parts: colsV.filter((x) => !x.tot).map((x) => A(rowOf[k], x.c)), tol: 0.5 });
  }
  for (const x of colsV) {
    if (x.v.b) sb.rel({ t: 'rate', cell: A(rowOf.cov, x.c), num: A(rowOf.o, x.c), den: A(rowOf.b, x.c), k: 100, tol: 0.5 * 10 ** -d + 1e-9 });
    if (rowOf.y) sb.rel({ t: 'le', whole: A(rowOf.b, x.c), parts: [A(rowOf.y, x.c)], tol: 0 });
    if (hasG) sb.rel({ t: 'sum', total: A(rowOf.g, x.c), parts: [A(rowOf.s, x.c), A(rowOf.j, x.c)], tol: 0.5 });
  }
  sb.notes(r, ncol);
  sb.ws.getColumn(1).width = 24;
  return sb;
}

// Type C: growth table, regions rows, groups (本年, 上年, 增长%)
function sheetC(wb, name, year) {
  const sb = new SB(wb, name);
  const regs = makeRegions(ri(3, 8), 0);
  const tot = sumData(regs.map((x) => x.v));
  const d = pick([1, 1, 2]);
  const groups = [{ k: 'b', pk: 'bp', n: '商务楼宇数（栋）' }, { k: 'o', pk: 'op', n: '建立党组织楼宇数（栋）' }];
  if (chance(0.6)) groups.push({ k: 'm', pk: 'mp', n: '楼宇党员数（名）' });
  if (chance(0.4)) groups.push({ k: 'e', pk: 'ep', n: '入驻企业数（家）' });
  const withCov = chance(0.8);
  const curFirst = chance(0.8);
  const diffCol = chance(0.3);
  const ncol = 1 + groups.length * (diffCol ? 4 : 3) + (withCov ? 3 : 0);
  let r = 1;
  sb.title(`${year}年楼宇党建主要指标${pick(['增长情况', '与上年对比', '变动情况表'])}`, ncol); r++;
  if (chance(0.5)) { sb.unitLine(r, ncol); r++; }
  sb.merge(r, 1, r + 1, 1, pick(['地区', '县区', '单位']));
  let c = 2;
  const lay = [];
  for (const G of groups) {
    const w = diffCol ? 4 : 3;
    sb.merge(r, c, r, c + w - 1, G.n);
    const sublabels = curFirst ? [pick([`${year}年`, '本年', '本期']), pick([`${year - 1}年`, '上年', '上年同期'])] : [`${year - 1}年`, `${year}年`];
    const curC = curFirst ? c : c + 1, prevC = curFirst ? c + 1 : c;
    sb.ws.getCell(r + 1, c).value = sublabels[0]; sb.ws.getCell(r + 1, c + 1).value = sublabels[1];
    let diffC = null; if (diffCol) { diffC = c + 2; sb.ws.getCell(r + 1, diffC).value = '增减数'; }
    const gC = c + w - 1; sb.ws.getCell(r + 1, gC).value = pick(['比上年增长(%)', '增长(%)', '增幅(%)', '同比增长%']);
    lay.push({ ...G, curC, prevC, diffC, gC }); c += w;
  }
  let cov = null;
  if (withCov) {
    sb.merge(r, c, r, c + 2, '楼宇党组织覆盖率(%)');
    sb.ws.getCell(r + 1, c).value = curFirst ? '本年' : '上年'; sb.ws.getCell(r + 1, c + 1).value = curFirst ? '上年' : '本年'; sb.ws.getCell(r + 1, c + 2).value = pick(['增减(百分点)', '提高百分点', '比上年增减（个百分点）']);
    cov = { curC: curFirst ? c : c + 1, prevC: curFirst ? c + 1 : c, ppC: c + 2 };
  }
  r += 2;
  const totTop = chance(0.6);
  const rows = totTop ? [{ n: pick(['全市', '合计', '全省']), v: tot, tot: true }, ...regs.map((x) => ({ n: x.name, v: x.v }))] : [...regs.map((x) => ({ n: x.name, v: x.v })), { n: '合计', v: tot, tot: true }];
  const gd = pick([1, 1, 2]);
  for (const row of rows) {
    row.r = r; sb.ws.getCell(r, 1).value = row.n;
    for (const L of lay) {
      const cu = row.v[L.k], pv = row.v[L.pk];
      sb.put(r, L.curC, cu, { role: row.tot ? 'total' : 'part', keepZero: true });
      sb.put(r, L.prevC, pv, { role: row.tot ? 'total' : 'part', keepZero: true });
      if (L.diffC) sb.put(r, L.diffC, cu - pv, { keepZero: true, role: row.tot ? 'total' : 'part' });
      if (pv) { sb.put(r, L.gC, r10((cu / pv - 1) * 100, gd), { d: gd, role: 'growth', keepZero: true }); sb.rel({ t: 'growth', cell: A(r, L.gC), cur: A(r, L.curC), prev: A(r, L.prevC), tol: 0.5 * 10 ** -gd + 1e-9 }); }
      else sb.put(r, L.gC, '—');
      if (L.diffC) sb.rel({ t: 'sum', total: A(r, L.curC), parts: [A(r, L.prevC), A(r, L.diffC)], tol: 0.5 });
    }
    if (cov) {
      const b = row.v.b, o = row.v.o, bp = row.v.bp, op = row.v.op;
      const c1 = r10(o / b * 100, d), c2 = r10(op / bp * 100, d);
      sb.put(r, cov.curC, c1, { d, role: 'rate', keepZero: true }); sb.put(r, cov.prevC, c2, { d, role: 'rate', keepZero: true });
      sb.put(r, cov.ppC, r10(c1 - c2, d), { d, role: 'pp', keepZero: true });
      const bL = lay[0], oL = lay[1];
      sb.rel({ t: 'rate', cell: A(r, cov.curC), num: A(r, oL.curC), den: A(r, bL.curC), k: 100, tol: 0.5 * 10 ** -d + 1e-9 });
      sb.rel({ t: 'rate', cell: A(r, cov.prevC), num: A(r, oL.prevC), den: A(r, bL.prevC), k: 100, tol: 0.5 * 10 ** -d + 1e-9 });
      sb.rel({ t: 'pp', cell: A(r, cov.ppC), cur: A(r, cov.curC), prev: A(r, cov.prevC), tol: 0.5 * 10 ** -d + 1e-9 });
    }
    r++;
  }
  const totR = rows.find((x) => x.tot).r;
  const partsR = rows.filter((x) => !x.tot).map((x) => x.r);
  for (const L of lay) for (const cc of [L.curC, L.prevC, L.diffC].filter(Boolean)) sb.rel({ t: 'sum', total: A(totR, cc), parts: partsR.map((rr) => A(rr, cc)), tol: 0.5 });
  sb.notes(r, ncol);
  return sb;
}

// Type D: quarterly by district, or monthly 本月/累计
function sheetD(wb, name, year) {
  const sb = new SB(wb, name);
  const ind = pick([['新建立党组织数', '个'], ['开展党建活动次数', '次'], ['发展党员数', '名'], ['新增党群服务站点', '个'], ['转接组织关系党员数', '名']]);
  if (chance(0.5)) {
    // quarters
    const regs = shuffle(DISTRICTS).slice(0, ri(3, 8));
    const data = regs.map(() => [0, 1, 2, 3].map(() => ri(0, ind[0].includes('活动') ? 120 : 25)));
    const yearFirst = chance(0.4);
    const ncol = 6;
    let r = 1;
    sb.title(`${year}年各区${ind[0]}（分季度）`, ncol); r++;
    if (chance(0.6)) { sb.unitLine(r, ncol, '单位：' + ind[1]); r++; }
    const hdrs = [pick(['县区', '地区']), ...(yearFirst ? ['全年'] : []), '一季度', '二季度', '三季度', '四季度', ...(yearFirst ? [] : [pick(['全年', '合计', '全年合计'])])];
    hdrs.forEach((h, i) => { sb.ws.getCell(r, i + 1).value = h; }); r++;
    const qc = yearFirst ? [3, 4, 5, 6] : [2, 3, 4, 5], yc = yearFirst ? 2 : 6;
    const totTop = chance(0.5);
    const rows = regs.map((n, i) => ({ n, q: data[i] }));
    const tq = [0, 1, 2, 3].map((k) => rows.reduce((a, x) => a + x.q[k], 0));
    const all = totTop ? [{ n: '合计', q: tq, tot: true }, ...rows] : [...rows, { n: '合计', q: tq, tot: true }];
    for (const row of all) {
      row.r = r; sb.ws.getCell(r, 1).value = row.n;
      row.q.forEach((v, k) => sb.put(r, qc[k], v, { role: 'part' }));
      sb.put(r, yc, row.q.reduce((a, b) => a + b, 0), { role: 'total' });
      sb.rel({ t: 'sum', total: A(r, yc), parts: qc.map((c) => A(r, c)), tol: 0.5 });
      r++;
    }
    const totR = all.find((x) => x.tot).r;
    for (const c of [...qc, yc]) sb.rel({ t: 'sum', total: A(totR, c), parts: rows.map((x) => A(x.r, c)), tol: 0.5 });
    sb.notes(r, ncol);
  } else {
    // months 本月/累计 for 1-3 indicators
    const inds = shuffle([['新建立党组织', '个'], ['发展党员', '名'], ['开展活动', '次'], ['新增党群服务站点', '个']]).slice(0, ri(1, 3));
    const nm = ri(6, 12);
    const ncol = 1 + inds.length * 2;
    let r = 1;
    sb.title(`${year}年商圈市场党建工作${pick(['月报', '进度表', '分月情况'])}`, ncol); r++;
    if (chance(0.5)) { sb.unitLine(r, ncol); r++; }
    sb.merge(r, 1, r + 1, 1, '月份');
    inds.forEach((I, i) => { sb.merge(r, 2 + i * 2, r, 3 + i * 2, I[0] + '（' + I[1] + '）'); sb.ws.getCell(r + 1, 2 + i * 2).value = pick(['本月', '当月']); sb.ws.getCell(r + 1, 3 + i * 2).value = pick(['累计', '本年累计', '1-本月累计']); });
    r += 2;
    const acc = inds.map(() => 0);
    const r0 = r;
    for (let mth = 1; mth <= nm; mth++) {
      sb.ws.getCell(r, 1).value = pick([`${mth}月`]);
      inds.forEach((I, i) => {
        const v = ri(0, I[0] === '开展活动' ? 60 : 12); acc[i] += v;
        sb.put(r, 2 + i * 2, v, { role: 'part' });
        sb.put(r, 3 + i * 2, acc[i], { role: 'running', keepZero: true });
        if (mth > 1) sb.rel({ t: 'sum', total: A(r, 3 + i * 2), parts: [A(r - 1, 3 + i * 2), A(r, 2 + i * 2)], tol: 0.5 });
        else sb.rel({ t: 'sum', total: A(r, 3 + i * 2), parts: [A(r, 2 + i * 2)], tol: 0.5 });
      });
      r++;
    }
    sb.notes(r, ncol);
  }
  return sb;
}

// Type E: markets / business districts by category, with 占比 shares
function sheetE(wb, name, year) {
  const sb = new SB(wb, name);
  const cats = [
    { n: '商务楼宇', sub: [] },
    { n: '商圈', sub: [] },
    { n: '专业市场', sub: shuffle(['农产品批发市场', '建材市场', '小商品市场', '汽车市场', '服装市场']).slice(0, ri(1, 3)) },
    { n: '综合市场', sub: [] },
  ].filter((x, i) => i === 2 || chance(0.8));
  const d = pick([1, 2]);
  const gen = () => { const n = ri(3, 60); const o = ri(Math.floor(n * 0.4), n); return { n, o, m: ri(n, n * 12), h: n * ri(20, 300) }; };
  for (const C of cats) { C.v = gen(); C.subv = C.sub.map(() => null); if (C.sub.length) { const left = C.v.n; let leftO = C.v.o; C.subv = C.sub.map(() => { const n = ri(0, Math.floor(left / C.sub.length)); const o = ri(0, Math.min(n, leftO)); leftO -= o; return { n, o, m: 0, h: 0 }; }); } }
  const T = { n: cats.reduce((a, x) => a + x.v.n, 0), o: cats.reduce((a, x) => a + x.v.o, 0), m: cats.reduce((a, x) => a + x.v.m, 0), h: cats.reduce((a, x) => a + x.v.h, 0) };
  const withH = chance(0.5);
  const cols = ['n', 'sh', 'o', 'cov', ...(withH ? ['h'] : []), 'm'];
  const ncol = 1 + cols.length;
  let r = 1;
  sb.title(pick([`商圈、市场党建工作情况统计表（${year}年）`, `${pick(CITIES)}“两新”组织楼宇市场党建情况`, '商务楼宇、商圈、市场党组织覆盖情况']), ncol); r++;
  if (chance(0.6)) { sb.unitLine(r, ncol); r++; }
  const H = { n: '数量（个）', sh: pick(['占比(%)', '构成(%)', '比重（%）']), o: '建立党组织数（个）', cov: '党组织覆盖率(%)', h: '入驻商户(企业)数', m: '党员数（名）' };
  sb.ws.getCell(r, 1).value = pick(['类别', '项目', '类型']);
  cols.forEach((k, i) => { sb.ws.getCell(r, 2 + i).value = H[k]; }); r++;
  const ci = Object.fromEntries(cols.map((k, i) => [k, 2 + i]));
  const totTop = chance(0.7);
  const rowList = [];
  const mk = (label, v, role, isSub) => ({ label, v, role, isSub });
  if (totTop) rowList.push(mk(pick(['合计', '总计']), T, 'total'));
  cats.forEach((C, i) => { rowList.push(mk((chance(0.5) ? CN[i] + '、' : '') + C.n, C.v, 'part')); C.sub.forEach((s, k) => rowList.push(mk((k === 0 ? '其中：' : '      ') + s, C.subv[k], 'sub', C))); });
  if (!totTop) rowList.push(mk('合计', T, 'total'));
  let shareSum = 0; let lastTopParts = [];
  for (const R of rowList) {
    R.r = r; sb.ws.getCell(r, 1).value = R.label;
    for (const k of cols) {
      if (k === 'sh') { const v = r10(R.v.n / T.n * 100, d); sb.put(r, ci.sh, v, { d, role: 'share', keepZero: true }); sb.rel({ t: 'rate', cell: A(r, ci.sh), num: A(r, ci.n), den: A(0, 0), k: 100, tol: 0.5 * 10 ** -d + 1e-9, _den: true }); }
      else if (k === 'cov') { if (R.v.n) { sb.put(r, ci.cov, r10(R.v.o / R.v.n * 100, d), { d, role: 'rate', keepZero: true }); sb.rel({ t: 'rate', cell: A(r, ci.cov), num: A(r, ci.o), den: A(r, ci.n), k: 100, tol: 0.5 * 10 ** -d + 1e-9 }); } else sb.put(r, ci.cov, '—'); }
      else if (R.role === 'sub' && (k === 'm' || k === 'h')) sb.ws.getCell(r, ci[k]).value = chance(0.5) ? '—' : null;
      else sb.put(r, ci[k], R.v[k], { role: R.role === 'sub' ? 'part' : R.role });
    }
    r++;
  }
  const totR = rowList.find((x) => x.role === 'total').r;
  for (const rel of sb.rels) if (rel._den) { rel.den = A(totR, ci.n); delete rel._den; }
  const topR = rowList.filter((x) => x.role === 'part').map((x) => x.r);
  for (const k of ['n', 'o', 'm', 'h']) if (ci[k]) sb.rel({ t: 'sum', total: A(totR, ci[k]), parts: topR.map((rr) => A(rr, ci[k])), tol: 0.5 });
  for (const C of cats) if (C.sub.length) { const pr = rowList.find((x) => x.v === C.v).r; const subs = rowList.filter((x) => x.isSub === C).map((x) => x.r); for (const k of ['n', 'o']) sb.rel({ t: 'le', whole: A(pr, ci[k]), parts: subs.map((rr) => A(rr, ci[k])), tol: 0 }); }
  sb.notes(r, ncol);
  sb.ws.getColumn(1).width = 20;
  return sb;
}

// ---------- book + plants ----------
const TYPES = [sheetA, sheetA, sheetB, sheetC, sheetD, sheetE];
const SNAMES = { sheetA: ['楼宇党建', '表1 楼宇党建基本情况', '分街道', 'Sheet1', '楼宇'], sheetB: ['分区指标', '表2', '主要指标', 'Sheet2'], sheetC: ['增长情况', '对比', '表3 同比'], sheetD: ['季度', '月报', '进度'], sheetE: ['商圈市场', '市场党建', '分类情况'] };
function plantOne(book, kindWant) {
  const cands = [];
  for (const sb of book) for (const [a, role] of Object.entries(sb.roles)) {
    const kind = role === 'rate' ? 'rate' : role;
    if (kindWant && kind !== kindWant) continue;
    const v = sb.vals[a];
    const n = typeof v === 'number' ? v : (typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v) ? +v : null);
    if (n === null) continue;
    if (!sb.rels.some((r) => relCells(r).includes(a))) continue;
    cands.push({ sb, a, kind, n, v });
  }
  for (const C of shuffle(cands).slice(0, 40)) {
    const isPct = ['rate', 'share', 'growth', 'pp'].includes(C.kind);
    let now;
    if (isPct) { const dd = (String(C.v).split('.')[1] || '').length || 1; now = r10(C.n + (chance(0.5) ? 1 : -1) * (3 + rnd() * 8), Math.min(dd, 2)); if (C.kind === 'rate' && (now < 0 || now > 100)) now = r10(C.n - Math.sign(now - C.n) * (3 + rnd() * 5), 1); }
    else { if (C.n < 8) continue; const f = 0.05 + rnd() * 0.25; now = Math.round(C.n * (chance(0.5) ? 1 + f : 1 - f)); if (Math.abs(now - C.n) < 2) now = C.n + 3; }
    const vals = { ...C.sb.vals, [C.a]: typeof C.v === 'string' ? String(now) : now };
    const broken = C.sb.rels.filter((r) => { const x = evalRel(r, (ad) => vals[ad]); return x !== null && x > 0; });
    if (broken.length === 0 || broken.length > 2 || !broken.every((r) => relCells(r).includes(C.a))) continue;
    // every broken relation must be clearly broken
    if (!broken.every((r) => evalRel(r, (ad) => vals[ad]) > (r.t === 'sum' || r.t === 'le' ? 1.5 : 1))) continue;
    if (C.kind === 'part' && broken.some((r) => r.t === 'sum' && r.parts.length === 1)) continue;
    C.sb.ws.getCell(C.a).value = vals[C.a]; C.sb.vals[C.a] = vals[C.a];
    return { sheet: C.sb.name, cell: C.a, was: C.v, now: vals[C.a], kind: C.kind };
  }
  return null;
}
(async () => {
  const out = path.join(__dirname, SET); fs.mkdirSync(out, { recursive: true }); fs.mkdirSync(path.join(__dirname, 'rel'), { recursive: true });
  for (const f of fs.readdirSync(out)) if (f.endsWith('.xlsx')) fs.unlinkSync(path.join(out, f));
  const manifest = [];
  const kinds = ['total', 'part', 'subtotal', 'rate', 'share', 'growth', 'pp', 'running'];
  const nPlant = Math.round(N * PF);
  for (let i = 0; i < N; i++) {
    const wantPlant = i % 2 === 1 && i < 2 * nPlant ? kinds[Math.floor(i / 2) % kinds.length] : null;
    let book, wb, plant = null, tries = 0;
    do {
      wb = new ExcelJS.Workbook(); book = [];
      const year = pick(YEARS);
      let types = shuffle(TYPES).slice(0, ri(1, 4));
      if (wantPlant === 'subtotal' && !types.includes(sheetA)) types[0] = sheetA;
      if (wantPlant === 'share' && !types.includes(sheetE)) types[0] = sheetE;
      if (['growth', 'pp'].includes(wantPlant) && !types.includes(sheetC)) types[0] = sheetC;
      if (wantPlant === 'running' && !types.includes(sheetD)) types[0] = sheetD;
      const used = new Set();
      for (const T of types) { let n = pick(SNAMES[T.name]); while (used.has(n)) n = n + '2'; used.add(n); book.push(T(wb, n, year)); }
      plant = wantPlant ? plantOne(book, wantPlant) : null;
      tries++;
    } while (wantPlant && !plant && tries < 30);
    const file = `${SET}_${String(i).padStart(3, '0')}.xlsx`;
    await wb.xlsx.writeFile(path.join(out, file));
    const relOut = { file, sheets: Object.fromEntries(book.map((sb) => [sb.name, sb.rels])), plants: plant ? [plant] : [] };
    fs.writeFileSync(path.join(__dirname, 'rel', `${SET}__${file}.json`), JSON.stringify(relOut));
    manifest.push({ file, plants: plant ? [plant] : [] });
  }
  fs.writeFileSync(path.join(out, 'manifest.json'), JSON.stringify(manifest, null, 1));
  console.log(SET, N, 'books,', manifest.filter((m) => m.plants.length).length, 'planted');
})();
