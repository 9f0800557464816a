// Generator for round 70A: 楼宇/园区/商圈/市场 党建 statistics tables
const ExcelJS = require('/work/main/node_modules/exceljs');
const fs = require('fs'), path = require('path');
let seed = 70170;
const rnd = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];
const chance = (p) => rnd() < p;
const shuffle = (a) => { a = a.slice(); for (let i = a.length - 1; i > 0; i--) { const j = ri(0, i); [a[i], a[j]] = [a[j], a[i]]; } return a; };

const STREETS = ['朝阳街道', '建设街道', '解放街道', '和平街道', '新华街道', '长安街道', '人民路街道', '东风街道', '滨江街道', '高新街道', '城南街道', '北关街道'];
const PFX = ['金融', '星海', '国贸', '华润', '万达', '天安', '创新', '智慧', '数字', '绿地', '恒隆', '银河', '紫金', '云谷', '汇金', '中海', '凯德', '宝龙', '新城', '泰禾', '东方', '世纪', '环球', '科创'];
const SFX = { bld: ['大厦', '商务中心', '广场', '国际中心', '写字楼', '金融中心'], park: ['科技园', '产业园', '创业园', '孵化园', '软件园', '物流园'], sq: ['商圈', '步行街商圈', '商业街区'], mk: ['农贸市场', '建材市场', '小商品市场', '服装批发市场', '汽配市场', '水产市场'] };
const usedNames = new Set();
const nm = (kind) => { if (!SFX[kind]) kind = 'bld'; for (;;) { const n = pick(PFX) + pick(SFX[kind]); if (!usedNames.has(n)) { usedNames.add(n); return n; } } };

let YR = 2024;
const ADD = ['E', 'P', 'S', 'U', 'W', 'EMP', 'M', 'F', 'G', 'Eprev', 'Pprev', 'Mprev', 'DE'];
const PEOPLE = new Set(['EMP', 'M', 'F', 'Mprev']);
function genCounts(scale = 1, zeroish = false) {
  const E = ri(4, 90) * scale;
  const P = ri(Math.ceil(E * 0.25), E);
  const U = zeroish && chance(0.4) ? 0 : ri(0, Math.floor(P * 0.45));
  const S = P - U;
  const W = ri(P, E);
  const EMP = E * ri(15, 260);
  const M = ri(P + 1, P * 7 + 6);
  const F = zeroish && chance(0.35) ? 0 : ri(0, Math.floor(M * 0.3));
  const G = zeroish && chance(0.3) ? 0 : ri(1, Math.max(1, Math.ceil(E / 6)));
  const Eprev = Math.max(1, E - ri(-6, 12));
  const Pprev = ri(Math.ceil(Eprev * 0.2), Math.min(Eprev, P + 3));
  const Mprev = Math.max(1, M - ri(-10, 30));
  return { E, P, S, U, W, EMP, M, F, G, Eprev, Pprev, Mprev, newUnit: false };
}
const sumCounts = (list) => { const o = { newUnit: false }; for (const k of ADD) if (k !== 'DE') o[k] = list.reduce((s, d) => s + d[k], 0); return o; };
function rdiv(num, den, dec) { // round half up of num*100/den to dec places
  const N = num * 100 * 10 ** dec; const neg = N < 0; const a = Math.abs(N);
  const q = Math.floor((2 * a + den) / (2 * den)); return Number(((neg ? -q : q) / 10 ** dec).toFixed(dec));
}
function derive(d, dec) {
  d.DE = d.E - d.Eprev;
  d.R = d.E ? rdiv(d.P, d.E, dec) : null;
  d.WR = d.E ? rdiv(d.W, d.E, dec) : null;
  d.GE = d.Eprev ? rdiv(d.E - d.Eprev, d.Eprev, dec) : null;
  d.GM = d.Mprev ? rdiv(d.M - d.Mprev, d.Mprev, dec) : null;
  d.Rprev = d.Eprev ? rdiv(d.Pprev, d.Eprev, dec) : null;
  d.DR = d.R != null && d.Rprev != null ? Number((d.R - d.Rprev).toFixed(dec)) : null;
  return d;
}
const DERIVED = { R: ['rate', 'P', 'E'], WR: ['rate', 'W', 'E'], GE: ['growth', 'E', 'Eprev'], GM: ['growth', 'M', 'Mprev'], Rprev: ['rate', 'Pprev', 'Eprev'], DR: ['diff', 'R', 'Rprev'] };
const ROWREL = [['sum', 'P', ['S', 'U']], ['diffc', 'DE', 'E', 'Eprev'], ['le', 'P', 'E'], ['le', 'F', 'M'], ['le', 'W', 'E'], ['le', 'P', 'W']];

function label(key, cat, flavor) {
  const ent = { '': '企业', sq: '商户', mk: '经营户', so: '社会组织', all: '单位' };
  const e = cat === 'so' ? '社会组织' : cat === 'all' ? '单位' : flavor === 'sq' ? '商户' : flavor === 'mk' ? '经营户' : '企业';
  return {
    E: `${e}数`, P: pick([`其中：已建党组织${e}数`, `已建立党组织${e}数`, `其中：建立党组织的`]), S: '单独组建', U: '联合组建', R: '党组织覆盖率',
    W: '党的工作覆盖数', WR: '党的工作覆盖率', EMP: '从业人员数', M: '党员数', F: '其中：流动党员', G: '选派党建指导员',
    Eprev: `上年${e}数`, DE: '比上年增减', GE: '同比增长', Mprev: '上年党员数', Pprev: '上年已建党组织数', GM: '党员数同比增长', Rprev: '上年覆盖率', DR: '覆盖率比上年增减',
  }[key];
}
const unitOf = (k) => (['R', 'WR', 'GE', 'GM', 'Rprev'].includes(k) ? '%' : k === 'DR' ? '百分点' : PEOPLE.has(k) ? '人' : k === 'G' ? '名' : '个');

// ---------- logical table ----------
// rows: {kind:'detail'|'agg'|'section'|'blank', labels:[...], children:[idx], data:{cat:counts}}
// cols: {cat, key, group, sub, label}
function buildData(t, dec) {
  const cats = [...new Set(t.cols.map((c) => c.cat))];
  const baseCats = cats.includes('all') || t.sbs ? ['', 'so'] : [''];
  const calc = (i) => {
    const r = t.rows[i];
    if (r.done) return r.data;
    if (r.kind === 'agg') { r.data = {}; for (const c of baseCats) r.data[c] = sumCounts(r.children.map((j) => calc(j)[c])); }
    r.done = true; return r.data;
  };
  t.rows.forEach((r, i) => { if (r.kind === 'detail' || r.kind === 'agg') calc(i); });
  for (const r of t.rows) if (r.data) {
    if (t.sbs) r.data.all = sumCounts([r.data[''], r.data.so]);
    for (const c of Object.keys(r.data)) derive(r.data[c], dec);
  }
}
function relations(t) {
  const rel = []; const col = (cat, key) => t.cols.findIndex((c) => c.cat === cat && c.key === key);
  t.rows.forEach((r, i) => {
    if (!r.data) return;
    t.cols.forEach((c, j) => {
      if (r.kind === 'agg' && ADD.includes(c.key)) rel.push({ t: 'sum', cells: [[i, j], ...r.children.map((k) => [k, j])] });
      const dv = DERIVED[c.key];
      if (dv) { const a = col(c.cat, dv[1]), b = col(c.cat, dv[2]); if (a >= 0 && b >= 0) rel.push({ t: dv[0], dec: t.dec, cells: [[i, j], [i, a], [i, b]] }); }
    });
    for (const cat of [...new Set(t.cols.map((c) => c.cat))]) for (const [ty, x, y, z] of ROWREL) {
      const a = col(cat, x);
      if (ty === 'sum') { const b = y.map((k) => col(cat, k)); if (a >= 0 && b.every((v) => v >= 0)) rel.push({ t: 'sum', cells: [[i, a], ...b.map((v) => [i, v])] }); }
      else if (ty === 'diffc') { const b = col(cat, y), cc = col(cat, z); if (a >= 0 && b >= 0 && cc >= 0) rel.push({ t: 'diff', dec: 0, cells: [[i, a], [i, b], [i, cc]] }); }
      else { const b = col(cat, y); if (a >= 0 && b >= 0) rel.push({ t: 'le', cells: [[i, a], [i, b]] }); }
    }
    if (t.sbs) for (const k of ADD) { const a = col('all', k), b = col('', k), cc = col('so', k); if (a >= 0 && b >= 0 && cc >= 0) rel.push({ t: 'sum', cells: [[i, a], [i, b], [i, cc]] }); }
  });
  return rel;
}
function displayGrid(t) {
  t.grid = t.rows.map((r) => t.cols.map((c) => {
    if (!r.data) return undefined;
    const d = r.data[c.cat];
    if (d.newUnit && ['Eprev', 'Pprev', 'Mprev', 'GE', 'GM', 'Rprev', 'DR'].includes(c.key)) return '—';
    const v = d[c.key];
    return v == null ? '—' : v;
  }));
}

// ---------- render ----------
const colL = (n) => { let s = ''; while (n > 0) { const m = (n - 1) % 26; s = String.fromCharCode(65 + m) + s; n = Math.floor((n - 1) / 26); } return s; };
function render(wb, t, o) {
  const ws = wb.addWorksheet(t.sheet);
  const isRate = (k) => ['R', 'WR', 'GE', 'GM', 'Rprev', 'DR'].includes(k);
  const nLab = t.labelHeads.length;
  const trans = o.transpose;
  const nDataCols = trans ? t.rows.length : t.cols.length;
  const width = (trans ? 1 + (o.unitCol ? 1 : 0) : nLab) + nDataCols;
  let r = 1;
  ws.getCell(r, 1).value = t.title; ws.mergeCells(r, 1, r, width); r++;
  if (o.unitMode === 'title') { ws.getCell(r, width).value = pick(['单位：个、人、%', '单位：个，人，%', '（单位：个、人、%）']); r++; }
  if (o.filler) { ws.getCell(r, 1).value = `填报单位：${pick(['区委组织部', '区委两新工委', '区非公经济组织和社会组织党工委'])}`; ws.getCell(r, Math.max(2, width - 1)).value = `填报日期：2024年${ri(6, 12)}月${ri(1, 28)}日`; r++; }
  if (o.blankAfterTitle) r++;
  const addr = {}; // "i,j" -> A1
  const wv = (cell, v, key, isAgg, fref) => {
    if (v === undefined) return;
    if (typeof v === 'number') {
      const rate = isRate(key);
      if (rate && o.pctFmt && key !== 'DR') { cell.value = Number((v / 100).toFixed(t.dec + 2)); cell.numFmt = t.dec === 1 ? '0.0%' : '0.00%'; return; }
      if (o.dashZero && v === 0 && !rate && chance(0.7)) { cell.value = pick(['—', '-']); return; }
      if (chance(o.textProb || 0)) { cell.value = rate ? v.toFixed(t.dec) : (o.thousands && v >= 1000 ? v.toLocaleString('en-US') : String(v)); return; }
      if (isAgg && fref && o.formulas && !rate) { cell.value = { formula: fref, result: v }; return; }
      cell.value = v; if (rate) cell.numFmt = t.dec === 1 ? '0.0' : '0.00';
    } else cell.value = v;
  };
  const unitSuf = (k) => (o.unitMode === 'header' || k === 'DR' ? `（${unitOf(k)}）` : '');
  if (!trans) {
    const twoRow = o.twoRow && t.cols.some((c) => c.group);
    const h1 = r, h2 = twoRow ? r + 1 : r;
    t.labelHeads.forEach((h, j) => { ws.getCell(h1, j + 1).value = h; if (twoRow) ws.mergeCells(h1, j + 1, h2, j + 1); });
    let j = 0;
    while (j < t.cols.length) {
      const c = t.cols[j]; const C = nLab + j + 1;
      if (twoRow && c.group) {
        let k = j; while (k + 1 < t.cols.length && t.cols[k + 1].group === c.group) k++;
        ws.getCell(h1, C).value = c.group; if (k > j) ws.mergeCells(h1, C, h1, nLab + k + 1);
        for (let q = j; q <= k; q++) ws.getCell(h2, nLab + q + 1).value = t.cols[q].sub + unitSuf(t.cols[q].key);
        j = k + 1;
      } else {
        ws.getCell(h1, C).value = (t.sbs && c.group ? c.group + c.sub : c.label) + unitSuf(c.key);
        if (twoRow) ws.mergeCells(h1, C, h2, C);
        j++;
      }
    }
    r = h2 + 1;
    if (o.colNumbers) { t.labelHeads.forEach((h, q) => { ws.getCell(r, q + 1).value = q === 0 ? '甲' : '乙'; }); t.cols.forEach((c, q) => { ws.getCell(r, nLab + q + 1).value = q + 1; }); r++; }
    const rowAt = [];
    t.rows.forEach((row, i) => {
      rowAt[i] = r;
      if (row.kind !== 'blank') row.labels.forEach((l, q) => { if (l != null) ws.getCell(r, q + 1).value = l; });
      if (row.mergeLabel) ws.mergeCells(r, 1, r, nLab);
      t.cols.forEach((c, j) => { addr[i + ',' + j] = colL(nLab + j + 1) + r; });
      r++;
    });
    t.rows.forEach((row, i) => t.cols.forEach((c, j) => {
      const fref = row.kind === 'agg' ? row.children.map((k) => colL(nLab + j + 1) + rowAt[k]).join('+') : null;
      wv(ws.getCell(rowAt[i], nLab + j + 1), t.grid[i][j], c.key, row.kind === 'agg', fref);
    }));
    for (const m of t.vmerges || []) ws.mergeCells(rowAt[m[0]], m[2], rowAt[m[1]], m[2]);
  } else {
    // measures as rows, entities (t.rows) as columns
    const h = r; ws.getCell(h, 1).value = t.transHead || '指标'; if (o.unitCol) ws.getCell(h, 2).value = '单位';
    const off = o.unitCol ? 2 : 1;
    const ents = t.rows.map((row, i) => i).filter((i) => t.rows[i].kind !== 'blank');
    ents.forEach((i, q) => { ws.getCell(h, off + q + 1).value = t.rows[i].labels.filter(Boolean).join(''); });
    r++;
    t.cols.forEach((c, j) => {
      ws.getCell(r, 1).value = (c.indent || '') + (c.tlabel || c.label) + (o.unitCol ? '' : unitSuf(c.key));
      if (o.unitCol) ws.getCell(r, 2).value = unitOf(c.key);
      ents.forEach((i, q) => {
        addr[i + ',' + j] = colL(off + q + 1) + r;
        const row = t.rows[i];
        const fref = row.kind === 'agg' ? row.children.map((k) => colL(off + ents.indexOf(k) + 1) + r).join('+') : null;
        wv(ws.getCell(r, off + q + 1), t.grid[i][j], c.key, row.kind === 'agg', fref);
      });
      r++;
    });
  }
  if (o.notes && o.notes.length) { r++; o.notes.forEach((n) => { ws.getCell(r, 1).value = n; r++; }); }
  if (o.signoff) { ws.getCell(r, 1).value = `审核人：${pick(['王', '李', '张', '刘'])}某某`; ws.getCell(r, 4).value = `填表人：${pick(['陈', '杨', '赵'])}某`; }
  ws.columns.forEach((c, q) => { c.width = q < 3 ? 18 : 12; });
  t.addr = addr;
  return ws;
}

// ---------- column sets ----------
function C(key, cat, group, sub, flavor) { const l = label(key, cat, flavor); return { key, cat, group, sub: sub || l, label: l, flatLabel: sub || l }; }
function colset(kind, flavor, messy) {
  const f = flavor;
  const sets = {
    basic: () => [C('E', '', null, null, f), C('P', '', '党组织组建情况', '已建党组织' + (f === 'sq' ? '商户' : f === 'mk' ? '经营户' : '企业') + '数'), C('S', '', '党组织组建情况', '单独组建'), C('U', '', '党组织组建情况', '联合组建'), C('R', '', '党组织组建情况', '覆盖率'), C('EMP', ''), C('M', '', '党员情况', '党员数'), C('F', '', '党员情况', '其中：流动党员'), C('G', '')],
    slim: () => [C('E', '', null, null, f), C('P', ''), C('R', ''), C('M', ''), C('G', '')],
    work: () => [C('E', '', null, null, f), C('P', '', '党的组织覆盖', '已建党组织数'), C('R', '', '党的组织覆盖', '组织覆盖率'), C('W', '', '党的工作覆盖', '工作覆盖数'), C('WR', '', '党的工作覆盖', '工作覆盖率'), C('G', '')],
    change: () => [C('Eprev', '', '企业数', '上年'), C('E', '', '企业数', '本年'), C('DE', '', '企业数', '比上年增减'), C('GE', '', '企业数', '同比增长'), C('P', ''), C('R', ''), C('M', '')],
    changeY: () => [C('Eprev', '', '企业数', `${YR - 1}年`), C('E', '', '企业数', `${YR}年`), C('DE', '', '企业数', '增减'), C('GE', '', '企业数', '增长'), C('P', ''), C('R', ''), C('Mprev', '', '党员数', `${YR - 1}年`), C('M', '', '党员数', `${YR}年`), C('GM', '', '党员数', '增长')],
    change2: () => [C('E', '', null, null, f), C('Eprev', ''), C('DE', ''), C('GE', ''), C('P', '', '已建党组织', '数量'), C('S', '', '已建党组织', '单独组建'), C('U', '', '已建党组织', '联合组建'), C('R', ''), C('Mprev', '', '党员数', '上年'), C('M', '', '党员数', '本年'), C('GM', '', '党员数', '同比增长')],
    rateyr: () => [C('E', '', null, null, f), C('P', ''), C('Eprev', '', '上年', '企业数'), C('Pprev', '', '上年', '已建党组织数'), C('R', '', '覆盖率', '本年'), C('Rprev', '', '覆盖率', '上年'), C('DR', '', '覆盖率', '增减')],
  };
  let cols = sets[kind]();
  if (messy && chance(0.3)) cols = cols.filter((c, q) => q === 0 || !['G', 'EMP'].includes(c.key) || chance(0.5));
  return cols;
}
function sbsCols() {
  const cols = [];
  const g = { all: '合计', '': '非公有制企业', so: '社会组织' };
  const order = pick([['all', '', 'so'], ['', 'so', 'all']]);
  const keys = pick([['E', 'P', 'R'], ['E', 'P', 'R', 'M'], ['E', 'P', 'S', 'U', 'R']]);
  for (const cat of order) for (const k of keys) { const l = { E: cat === 'so' ? '社会组织数' : cat === 'all' ? '单位数' : '企业数', P: '已建党组织数', S: '单独组建', U: '联合组建', R: '覆盖率', M: '党员数' }[k]; cols.push({ key: k, cat, group: g[cat], sub: l, label: g[cat] + l, flatLabel: l }); }
  return cols;
}

// ---------- row structures ----------
const TOT = () => pick(['合计', '总计', '合　计', '总　计', '全区合计']);
function flatRows(n, kind, totTop, o = {}) {
  const rows = [];
  const det = [];
  for (let q = 0; q < n; q++) {
    let name = nm(kind);
    const d = genCounts(1, o.zeroish);
    if (o.newUnits && q === n - 1) { d.newUnit = true; d.Eprev = 0; d.Pprev = 0; d.Mprev = 0; name += '*'; }
    else if (o.markers && chance(0.15)) name += pick(['①', '②', '*']);
    if (o.zeroRow && q === 0) { Object.assign(d, { E: 0, P: 0, S: 0, U: 0, W: 0, EMP: 0, M: 0, F: 0, G: 0, Eprev: 0, Pprev: 0, Mprev: 0 }); }
    det.push({ kind: 'detail', labels: o.seq ? [q + 1, name] : [name], data: { '': d, so: genCounts(1, o.zeroish) } });
  }
  const tot = { kind: 'agg', labels: o.seq ? [TOT(), null] : [TOT()], mergeLabel: !!o.seq };
  if (totTop) { rows.push(tot); rows.push(...det); tot.children = det.map((_, q) => q + 1); }
  else { rows.push(...det); rows.push(tot); tot.children = det.map((_, q) => q); }
  return rows;
}
function groupedRows(nStreets, kind, o) {
  // o.layout: 'twocol' (street | name) or 'onecol' (street row is subtotal, names indented)
  const rows = []; const vmerges = []; const subs = [];
  const tot = { kind: 'agg', labels: o.layout === 'twocol' ? [TOT(), null] : [TOT()], mergeLabel: o.layout === 'twocol', children: [] };
  if (o.totTop) rows.push(tot);
  const streets = shuffle(STREETS).slice(0, nStreets);
  for (const st of streets) {
    const n = ri(2, 4);
    const det = []; for (let q = 0; q < n; q++) { let name = nm(kind === 'mix' ? pick(['bld', 'park']) : kind); if (o.markers && chance(0.12)) name += pick(['*', '①']); det.push({ kind: 'detail', data: { '': genCounts(1, o.zeroish), so: genCounts(1) }, name }); }
    if (o.layout === 'twocol') {
      const sub = { kind: 'agg', labels: [st, '小计'] };
      const start = rows.length;
      if (o.subTop) { rows.push(sub); det.forEach((d) => { d.labels = [st, d.name]; rows.push(d); }); sub.children = det.map((_, q) => start + 1 + q); }
      else { det.forEach((d) => { d.labels = [st, d.name]; rows.push(d); }); rows.push(sub); sub.children = det.map((_, q) => start + q); }
      if (o.mergeStreet) { for (let q = start; q < rows.length; q++) if (q !== start) rows[q].labels = [null, rows[q].labels[1]]; vmerges.push([start, rows.length - 1, 1]); }
      subs.push(rows.indexOf(sub));
    } else {
      const sub = { kind: 'agg', labels: [st] };
      const start = rows.length; rows.push(sub);
      det.forEach((d) => { d.labels = [(o.indent || '　　') + d.name]; rows.push(d); });
      sub.children = det.map((_, q) => start + 1 + q); subs.push(start);
    }
    if (o.blankSep) rows.push({ kind: 'blank', labels: [] });
  }
  if (o.blankSep && !o.totTop) rows.pop();
  if (!o.totTop) rows.push(tot);
  tot.children = subs;
  return { rows, vmerges, streets };
}
function typedRows() {
  // 合计 / 其中：商务楼宇 / 产业园区, then sections
  const rows = [{ kind: 'agg', labels: [TOT()] }, { kind: 'agg', labels: ['其中：商务楼宇'] }, { kind: 'agg', labels: ['　　　产业园区'] }];
  const secs = [['一、商务楼宇', 'bld', 1], ['二、产业园区', 'park', 2]];
  for (const [h, k, aggI] of secs) {
    rows.push({ kind: 'section', labels: [h] });
    const ch = []; for (let q = 0, n = ri(3, 5); q < n; q++) { ch.push(rows.length); rows.push({ kind: 'detail', labels: [nm(k)], data: { '': genCounts() } }); }
    rows[aggI].children = ch;
  }
  rows[0].children = [1, 2];
  return rows;
}

// ---------- books ----------
const NOTE_RATE = (dec) => `注：1.党组织覆盖率=已建党组织企业数÷企业数×100%，保留${dec === 1 ? '一' : '两'}位小数；2.“—”表示无数据。`;
function makeBook(id, messy) {
  const tpl = messy ? pick(['flat', 'grouped2', 'grouped1', 'multi', 'sbs', 'sbsT', 'sbsT', 'sbsT', 'typed', 'streetT', 'streetT', 'sq', 'mk', 'flatYr', 'flatYr', 'grouped2', 'multi']) : pick(['flat', 'grouped2', 'grouped1', 'multi', 'sbs', 'sbsT', 'typed', 'sq', 'mk', 'flatYr']);
  const dec = pick([1, 1, 2]);
  const o = {
    unitMode: pick(['header', 'header', 'title']), filler: chance(0.5), twoRow: chance(0.6), notes: chance(0.6) ? [NOTE_RATE(dec)] : [],
    textProb: messy && chance(0.3) ? 0.25 : 0, dashZero: messy && chance(0.35), pctFmt: messy && chance(0.12), formulas: messy && chance(0.15),
    blankAfterTitle: chance(0.2), colNumbers: messy && chance(0.12), thousands: messy && chance(0.3), signoff: chance(0.3),
  };
  if (chance(0.2)) o.notes.push('注：带*的为本年新纳入统计的楼宇（园区）。');
  const tables = []; const cross = [];
  const year = pick([2023, 2024]); YR = year;
  const cs = (flavor) => colset(pick(messy ? ['basic', 'slim', 'work', 'change', 'change2', 'rateyr'] : ['basic', 'slim', 'work', 'change', 'change2', 'rateyr']), flavor, messy);
  let title;
  if (tpl === 'flat' || tpl === 'flatYr' || tpl === 'sq' || tpl === 'mk') {
    const kind = tpl === 'sq' ? 'sq' : tpl === 'mk' ? 'mk' : pick(['bld', 'park']);
    const seq = chance(0.4);
    const st = pick(STREETS);
    const rows = flatRows(ri(4, 9), kind, chance(0.4), { seq, zeroish: o.dashZero, markers: messy, newUnits: messy && chance(0.25), zeroRow: messy && chance(0.2) });
    const head = { bld: '楼宇名称', park: '园区名称', sq: '商圈名称', mk: '市场名称' }[kind];
    const cols = tpl === 'flatYr' ? colset(pick(['change', 'changeY', 'change2', 'rateyr']), '', messy) : cs(kind === 'sq' ? 'sq' : kind === 'mk' ? 'mk' : '');
    title = `${st}${{ bld: '商务楼宇', park: '产业园区', sq: '商圈', mk: '专业市场' }[kind]}党建工作情况统计表（${year}年）`;
    tables.push({ sheet: pick(['Sheet1', st, '统计表']), title, rows, cols, labelHeads: seq ? ['序号', head] : [head], dec });
  } else if (tpl === 'grouped2' || tpl === 'grouped1') {
    const g = groupedRows(ri(2, 4), pick(['bld', 'park', 'mix']), { layout: tpl === 'grouped2' ? 'twocol' : 'onecol', totTop: chance(0.4), subTop: chance(0.3), mergeStreet: chance(0.6), blankSep: chance(0.3), markers: messy, zeroish: o.dashZero, indent: pick(['　　', '  ', '其中：']) });
    if (tpl === 'grouped1' && g.rows.some((r) => r.labels[0] && String(r.labels[0]).startsWith('其中：'))) g.rows.forEach((r) => { if (r.kind === 'detail') r.labels[0] = '　　' + r.labels[0].replace('其中：', ''); });
    title = `${pick(['XX区', '某区', '市中区'])}楼宇（园区）党建工作情况统计表`;
    tables.push({ sheet: pick(['Sheet1', '汇总', '楼宇园区']), title, rows: g.rows, cols: cs(''), labelHeads: tpl === 'grouped2' ? ['街道', '楼宇（园区）名称'] : ['街道/楼宇（园区）'], dec, vmerges: g.vmerges.map(([a, b, c]) => [a, b, c]) });
  } else if (tpl === 'multi') {
    const cols = cs('');
    const streets = shuffle(STREETS).slice(0, ri(2, 4));
    const sumRows = []; const stTabs = [];
    const totTop = chance(0.3);
    for (const st of streets) {
      const rows = flatRows(ri(3, 6), pick(['bld', 'park']), totTop, { zeroish: o.dashZero, markers: messy });
      const t = { sheet: st, title: `${st}楼宇（园区）党建工作情况统计表`, rows, cols, labelHeads: ['楼宇（园区）名称'], dec };
      stTabs.push(t);
    }
    const sumT = { sheet: '汇总', title: '全区楼宇（园区）党建工作情况汇总表', rows: [], cols, labelHeads: ['街道'], dec };
    const sTotTop = chance(0.4);
    const details = streets.map((st, q) => ({ kind: 'detail', labels: [st], from: q }));
    const tot = { kind: 'agg', labels: [TOT()] };
    sumT.rows = sTotTop ? [tot, ...details] : [...details, tot];
    tot.children = details.map((d) => sumT.rows.indexOf(d));
    tables.push(...(chance(0.5) ? [sumT, ...stTabs] : [...stTabs, sumT]));
    sumT.stTabs = stTabs;
  } else if (tpl === 'sbs') {
    const rows = flatRows(ri(3, 7), 'x', chance(0.4), { zeroish: o.dashZero }).map((r) => { if (r.kind === 'detail') r.labels = [usedNames.has(r.labels[0]) ? r.labels[0] : r.labels[0]]; return r; });
    const sts = shuffle(STREETS);
    rows.forEach((r) => { if (r.kind === 'detail') r.labels = [sts.pop()]; });
    title = `${year}年两新组织党建工作情况统计表`;
    tables.push({ sheet: pick(['两新组织', 'Sheet1']), title, rows, cols: sbsCols(), labelHeads: ['街道'], dec, sbs: true });
    o.twoRow = true;
  } else if (tpl === 'sbsT') {
    // measures as rows: 合计 | 非公有制企业 | 社会组织
    const ng = { kind: 'detail', labels: ['非公有制企业'], data: { '': genCounts(5) } };
    const so = { kind: 'detail', labels: ['社会组织'], data: { '': genCounts(2) } };
    const all = { kind: 'agg', labels: ['合计'] };
    const rows = chance(0.6) ? [all, ng, so] : [ng, so, all];
    all.children = [rows.indexOf(ng), rows.indexOf(so)];
    const cols = [C('E', ''), C('P', ''), C('S', ''), C('U', ''), C('R', ''), C('EMP', ''), C('M', ''), C('F', ''), C('G', '')];
    const tl = { E: '单位数', P: '其中：已建立党组织的', S: '单独组建', U: '联合组建', R: '党组织覆盖率', EMP: '从业人员', M: '党员数', F: '其中：流动党员', G: '党建指导员' };
    const ind = { P: '　', S: '　　', U: '　　', F: '　' };
    cols.forEach((c) => { c.tlabel = tl[c.key]; c.indent = ind[c.key] || ''; });
    tables.push({ sheet: pick(['两新组织', 'Sheet1']), title: `${pick(STREETS)}两新组织党建基本情况表`, rows, cols, labelHeads: [], dec, transpose: true, transHead: '项目' });
    o.unitCol = chance(0.6); if (o.unitCol) o.unitMode = 'none';
  } else if (tpl === 'streetT') {
    const rows = flatRows(ri(3, 5), 'x', true, {});
    const sts = shuffle(STREETS); rows.forEach((r) => { if (r.kind === 'detail') r.labels = [sts.pop()]; });
    const cols = colset(pick(['basic', 'slim', 'work']), '', false);
    cols.forEach((c) => { c.tlabel = c.flatLabel === c.sub && c.group && !c.sub.startsWith('其中') && c.key !== 'P' ? c.label : c.label; });
    tables.push({ sheet: 'Sheet1', title: '各街道楼宇党建情况', rows, cols, labelHeads: [], dec, transpose: true });
    o.unitCol = chance(0.5); if (o.unitCol) o.unitMode = 'none';
  } else if (tpl === 'typed') {
    const rows = typedRows();
    tables.push({ sheet: 'Sheet1', title: `${pick(STREETS)}楼宇园区党建工作统计表`, rows, cols: cs(''), labelHeads: ['项目'], dec });
  }
  for (const t of tables) if (!t.stTabs) { buildData(t, dec); }
  for (const t of tables) if (t.stTabs) {
    t.rows.forEach((r) => { if (r.kind === 'detail') { const src = t.stTabs[r.from]; const tr = src.rows.find((x) => x.kind === 'agg'); r.data = JSON.parse(JSON.stringify(tr.data)); r.src = { t: src, row: src.rows.indexOf(tr) }; } });
    for (const r of t.rows) { r.done = r.kind === 'detail'; if (r.data) for (const c of Object.keys(r.data)) r.data[c] = Object.assign({}, r.data[c]); }
    buildData(t, dec);
  }
  for (const t of tables) { displayGrid(t); t.rel = relations(t); }
  // cross-sheet relations
  for (const t of tables) if (t.stTabs) t.rows.forEach((r, i) => { if (r.src) t.cols.forEach((c, j) => cross.push({ t: 'eq', a: [t, i, j], b: [r.src.t, r.src.row, j] })); });
  return { tables, cross, o, tpl };
}

const TYPES = ['total', 'part', 'rate', 'qizhong', 'growth', 'diff'];
function plant(book) {
  const cands = [];
  for (const t of book.tables) t.rows.forEach((r, i) => t.cols.forEach((c, j) => {
    const v = t.grid[i][j]; if (typeof v !== 'number') return;
    if (!t.rel.some((x) => x.cells.some(([a, b]) => a === i && b === j)) && !book.cross.some((x) => x.a[0] === t && x.a[1] === i && x.a[2] === j)) return;
    if (r.kind === 'agg' && ADD.includes(c.key) && c.key !== 'DE') cands.push(['total', t, i, j]);
    if (r.kind === 'detail' && ADD.includes(c.key) && c.key !== 'DE' && !r.src) cands.push(['part', t, i, j]);
    if (['R', 'WR', 'Rprev'].includes(c.key)) cands.push(['rate', t, i, j]);
    if (['GE', 'GM'].includes(c.key)) cands.push(['growth', t, i, j]);
    if (['DE', 'DR'].includes(c.key)) cands.push(['diff', t, i, j]);
    if (r.kind === 'detail' && !r.src && (c.key === 'P' || c.key === 'F') && t.cols.some((x) => x.cat === c.cat && x.key === (c.key === 'P' ? 'E' : 'M'))) cands.push(['qizhong', t, i, j]);
  }));
  const types = [...new Set(cands.map((x) => x[0]))];
  const ty = pick(types); const [, t, i, j] = pick(cands.filter((x) => x[0] === ty));
  const old = t.grid[i][j]; const key = t.cols[j].key; let nv, note;
  if (ty === 'total' || ty === 'part') {
    const delta = Math.max(3, Math.round(old * pick([0.08, 0.15, 0.3]))) * (old > 10 && chance(0.5) ? -1 : 1);
    nv = old + delta;
    if (chance(0.3) && old >= 12) { const s = String(old); const sw = s.length >= 2 ? s.slice(0, -2) + s[s.length - 1] + s[s.length - 2] : s; if (Number(sw) !== old && Math.abs(Number(sw) - old) >= 3) nv = Number(sw); }
    note = `${ty === 'total' ? '合计/小计' : '明细'} ${key} ${old}→${nv}`;
  } else if (ty === 'rate') {
    const d = pick([3, 5, 8, 12]) + (t.dec === 1 ? 0.3 : 0.37);
    nv = Number((old > 50 ? old - d : old + d).toFixed(t.dec)); note = `覆盖率 ${key} ${old}→${nv}`;
  } else if (ty === 'growth') {
    nv = chance(0.4) && Math.abs(old) > 2 ? -old : Number((old + pick([-1, 1]) * (pick([4, 6, 10]) + 0.2)).toFixed(t.dec)); note = `增长率 ${key} ${old}→${nv}`;
  } else if (ty === 'diff') {
    nv = key === 'DR' ? Number((old + pick([-1, 1]) * 3.5).toFixed(t.dec)) : (old !== 0 && chance(0.5) ? -old : old + pick([-4, 4, 7])); note = `比上年增减 ${key} ${old}→${nv}`;
  } else if (ty === 'qizhong') {
    const whole = t.grid[i][t.cols.findIndex((x) => x.cat === t.cols[j].cat && x.key === (key === 'P' ? 'E' : 'M'))];
    nv = whole + ri(2, 9); note = `其中 ${key} ${old}→${nv}，大于其总数 ${whole}`;
  }
  t.grid[i][j] = nv;
  return { t, i, j, note, ty };
}

async function writeBook(file, book, planted) {
  const wb = new ExcelJS.Workbook();
  for (const t of book.tables) render(wb, t, Object.assign({}, book.o, { transpose: t.transpose }));
  if (chance(0.08)) { const ws = wb.addWorksheet('填表说明'); ws.getCell('A1').value = '填表说明：本表统计范围为辖区内商务楼宇、产业园区中的非公有制企业和社会组织。'; ws.getCell('A2').value = '覆盖率=已建党组织企业数÷企业数×100%'; }
  await wb.xlsx.writeFile(file);
  // relation sidecar with addresses
  const A = (t, i, j) => `${t.sheet}!${t.addr[i + ',' + j]}`;
  const rels = [];
  for (const t of book.tables) for (const r of t.rel) rels.push({ t: r.t, dec: r.dec, cells: r.cells.map(([i, j]) => A(t, i, j)) });
  for (const x of book.cross) rels.push({ t: 'eq', cells: [A(...x.a), A(...x.b)] });
  return { rels, planted: planted ? { sheet: planted.t.sheet, cell: planted.t.addr[planted.i + ',' + planted.j] } : null };
}

(async () => {
  const root = __dirname;
  for (const d of ['cases', 'probe']) { fs.rmSync(path.join(root, d), { recursive: true, force: true }); fs.mkdirSync(path.join(root, d)); }
  const sidecar = {};
  for (const [dir, n, nPlant, messy, mf] of [['cases', 45, 22, false, 'manifest.json'], ['probe', 100, 20, true, 'probe/manifest.json']]) {
    const man = [];
    const plantIdx = new Set(shuffle([...Array(n).keys()]).slice(0, nPlant));
    for (let k = 0; k < n; k++) {
      usedNames.clear();
      let book; for (;;) { book = makeBook(k, messy); if (book.tables.some((t) => t.rel.length)) { if (book.tables.some((t) => t.sheet === '汇总') && new Set(book.tables.map((t) => t.sheet)).size < book.tables.length) continue; break; } }
      const p = plantIdx.has(k) ? plant(book) : null;
      const file = `${dir}/${dir === 'cases' ? 'c' : 'p'}${String(k + 1).padStart(3, '0')}_${book.tpl}.xlsx`;
      const res = await writeBook(path.join(root, file), book, p);
      sidecar[file] = res.rels;
      man.push(p ? { file, planted: res.planted, note: `${p.ty}: ${p.note}` } : { file, planted: null });
    }
    fs.writeFileSync(path.join(root, mf), JSON.stringify(man, null, 1));
  }
  fs.writeFileSync(path.join(root, 'relations.json'), JSON.stringify(sidecar));
  console.log('done');
})();
