// Generator of internally consistent party-member / party-organisation movement workbooks.
const ExcelJS = require('exceljs');
const fs = require('fs');
const path = require('path');
const OUT = path.join(__dirname, 'clean');
fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });

function mkRng(seed) {
  let s = seed >>> 0;
  const next = () => { s = (s * 1664525 + 1013904223) >>> 0; return s / 4294967296; };
  return {
    next,
    int: (a, b) => Math.floor(a + next() * (b - a + 1)),
    pick: arr => arr[Math.floor(next() * arr.length)],
    bool: p => next() < (p == null ? 0.5 : p),
  };
}
const colL = c => { let s = ''; c++; while (c > 0) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s; };
const addr = (r, c) => colL(c) + (r + 1); // 0-based
const round = (x, d) => { const f = Math.pow(10, d); return Math.round(x * f + (x >= 0 ? 1e-9 : -1e-9)) / f; };

const COUNTIES = ['城关区', '东城区', '西湖区', '高新区', '经开区', '安宁县', '永和县', '临川县', '清河县', '宁远县', '石门县', '桃源县', '凤城市', '龙泉市'];
const TOWNS = ['城关镇', '东关街道', '西关街道', '南山镇', '北坪镇', '河口镇', '新集乡', '白马乡', '柳林镇', '双桥镇', '三岔乡', '青石镇'];
const UNITS_FILL = ['中共××县委组织部', '××市委两新工委', '××区统计局', '中共××市委组织部（两新组织党建工作科）', '××县非公有制经济组织和社会组织工委'];

// ---------- data ----------
function memberRow(R, base, opts) {
  const start = R.int(Math.floor(base * 0.6), Math.floor(base * 1.4));
  const dev = R.int(0, Math.max(1, Math.floor(start * 0.06)));
  const tin = R.int(0, Math.max(1, Math.floor(start * 0.09)));
  const res = R.bool(0.25) ? R.int(1, 2) : 0;
  const incOther = opts.partialInc ? R.int(0, 6) : 0;
  const death = R.int(0, Math.max(1, Math.floor(start * 0.015)));
  const tout = R.int(0, Math.max(1, Math.floor(start * (opts.shrink ? 0.2 : 0.08))));
  const expel = R.bool(0.3) ? R.int(1, 2) : 0;
  const stop = R.bool(0.3) ? R.int(1, 3) : 0;
  const decOther = opts.partialDec ? R.int(0, 5) : 0;
  const inc = dev + tin + res + incOther;
  const dec = death + tout + expel + stop + decOther;
  return { start, dev, tin, res, inc, death, tout, expel, stop, dec, end: start + inc - dec };
}
function orgRow(R, base) {
  const start = R.int(Math.floor(base * 0.6), Math.floor(base * 1.4));
  const nb = R.int(0, Math.max(1, Math.floor(start * 0.15)));
  const rev = R.int(0, Math.max(1, Math.floor(start * 0.06)));
  const mrg = R.int(0, Math.max(1, Math.floor(start * 0.04)));
  const dec = rev + mrg;
  return { start, nb, inc: nb, rev, mrg, dec, end: start + nb - dec };
}
function fold(d, o) { if (o.res === false) d.res = 0; if (o.stop === false) d.stop = 0; if (o.expel === false) d.expel = 0; d.inc = d.dev + d.tin + d.res; d.dec = d.death + d.tout + d.expel + d.stop; d.end = d.start + d.inc - d.dec; return d; }
const sumRows = (rows, keys) => { const t = {}; for (const k of keys) t[k] = rows.reduce((a, r) => a + (r[k] || 0), 0); return t; };

// ---------- sheet writer ----------
// grid: {cells: Map 'r,c' -> value, merges: [], numFmt}
class Grid {
  constructor() { this.cells = new Map(); this.merges = []; this.fmt = new Map(); this.meta = []; this.maxC = 0; }
  set(r, c, v, fmt) { this.cells.set(r + ',' + c, v); if (fmt) this.fmt.set(r + ',' + c, fmt); if (c > this.maxC) this.maxC = c; }
  merge(r1, c1, r2, c2) { this.merges.push([r1, c1, r2, c2]); }
  cand(r, c, kind, extra) { this.meta.push(Object.assign({ cell: addr(r, c), kind }, extra || {})); }
  write(ws) {
    for (const [k, v] of this.cells) {
      const [r, c] = k.split(',').map(Number);
      const cell = ws.getCell(r + 1, c + 1);
      cell.value = v;
      const f = this.fmt.get(k); if (f) cell.numFmt = f;
    }
    for (const [r1, c1, r2, c2] of this.merges) ws.mergeCells(r1 + 1, c1 + 1, r2 + 1, c2 + 1);
  }
}

// columns: [{key, g (group header or null), h (leaf header), kind:'num'|'pct'|'text', dec}]
function flowTable(R, spec) {
  const g = new Grid();
  let r = 0;
  const c0 = spec.c0 || 0;
  const cols = spec.cols;
  const ncol = cols.length + 1 + (spec.seq ? 1 : 0);
  if (spec.title) { g.set(r, c0, spec.title); g.merge(r, c0, r, c0 + ncol - 1); r++; }
  if (spec.fill || spec.unit) {
    if (spec.fill) g.set(r, c0, '填报单位：' + spec.fill);
    if (spec.unit) g.set(r, c0 + ncol - 2, spec.unit);
    r++;
  }
  if (spec.extraLine) { g.set(r, c0, spec.extraLine); r++; }
  const hdrTop = r;
  const two = cols.some(c => c.g);
  let cc = c0;
  const labelHead = spec.labelHead || '单位';
  if (spec.seq) { g.set(r, cc, '序号'); if (two) g.merge(r, cc, r + 1, cc); cc++; }
  g.set(r, cc, labelHead); if (two) g.merge(r, cc, r + 1, cc); cc++;
  const colIdx = {};
  let i = 0;
  while (i < cols.length) {
    const col = cols[i];
    if (two && col.g) {
      let j = i; while (j + 1 < cols.length && cols[j + 1].g === col.g) j++;
      g.set(r, cc, col.g);
      if (j > i) g.merge(r, cc, r, cc + (j - i));
      for (let k = i; k <= j; k++) { g.set(r + 1, cc + (k - i), cols[k].h); colIdx[cols[k].key] = cc + (k - i); }
      cc += j - i + 1; i = j + 1;
    } else {
      g.set(r, cc, col.h); if (two) g.merge(r, cc, r + 1, cc); colIdx[col.key] = cc; cc++; i++;
    }
  }
  r += two ? 2 : 1;
  if (spec.colNumbers) { // 甲 乙 1 2 3 row
    let k = c0; if (spec.seq) g.set(r, k++, '甲'); g.set(r, k++, spec.seq ? '乙' : '甲');
    cols.forEach((_, n) => g.set(r, k + n, n + 1)); r++;
  }
  const numKeys = cols.filter(c => c.kind !== 'pct' && !c.derived).map(c => c.key);
  const rows = spec.rows; // [{label, data}]
  const total = Object.assign(sumRows(rows.map(x => x.data), numKeys));
  const writeRow = (label, d, isTotal, seqNo) => {
    let k = c0;
    if (spec.seq) { g.set(r, k++, isTotal ? '' : seqNo); }
    g.set(r, k, label);
    for (const col of cols) {
      const c = colIdx[col.key];
      let v;
      if (col.kind === 'pct') v = col.calc(d);
      else if (col.derived) v = col.calc(d);
      else v = d[col.key];
      if (v === null || v === undefined) { g.set(r, c, spec.dash ? '—' : null); continue; }
      if (v === 0 && spec.blankZero && col.kind !== 'pct') { g.set(r, c, spec.blankZero === 'dash' ? '—' : null); continue; }
      g.set(r, c, v, col.kind === 'pct' ? (col.dec === 2 ? '0.00' : '0.0') : undefined);
      const W = { dev: 'inc', tin: 'inc', res: 'inc', death: 'dec', tout: 'dec', expel: 'dec', stop: 'dec', rev: 'dec', mrg: 'dec' };
      const whole = W[col.key] && cols.some(cc => cc.key === W[col.key]) ? d[W[col.key]] : undefined;
      if (col.plant !== false) g.cand(r, c, col.kind === 'pct' ? 'pct' : (isTotal ? 'total' : col.role || 'num'), { v, key: col.key, isTotal, whole });
    }
    r++;
  };
  const dTotal = Object.assign({}, total);
  if (spec.totalFirst) writeRow(spec.totalLabel, dTotal, true);
  rows.forEach((x, n) => writeRow(x.label, x.data, false, n + 1));
  if (!spec.totalFirst && spec.totalLabel) writeRow(spec.totalLabel, dTotal, true);
  if (spec.notes) { r++; for (const n of spec.notes) { g.set(r, c0, n); r++; } }
  return g;
}

const pct = (a, b, d) => (b === 0 ? null : round((a - b) / b * 100, d));
const share = (a, b, d) => (b === 0 ? null : round(a / b * 100, d));

// column sets
function memberCols(o) {
  const c = [];
  c.push({ key: 'start', h: o.startH || '年初数' });
  const incG = o.incG || '本年增加';
  if (o.incTotal !== false) c.push({ key: 'inc', g: incG, h: o.incH || '合计' });
  c.push({ key: 'dev', g: incG, h: o.q ? '其中：发展党员' : '发展党员', role: 'part' });
  c.push({ key: 'tin', g: incG, h: '转入', role: 'part' });
  if (o.res !== false) c.push({ key: 'res', g: incG, h: '恢复党籍', role: 'part' });
  const decG = o.decG || '本年减少';
  c.push({ key: 'dec', g: decG, h: o.incH || '合计' });
  c.push({ key: 'death', g: decG, h: o.q ? '其中：死亡' : '死亡', role: 'part' });
  c.push({ key: 'tout', g: decG, h: '转出', role: 'part' });
  if (o.expel !== false) c.push({ key: 'expel', g: decG, h: '出党', role: 'part' });
  if (o.stop !== false) c.push({ key: 'stop', g: decG, h: '停止党籍', role: 'part' });
  c.push({ key: 'end', h: o.endH || '年末数', role: 'end' });
  if (o.net) c.push({ key: 'net', h: o.netH || '净增', derived: true, calc: d => d.inc - d.dec, role: 'net' });
  if (o.growth) c.push({ key: 'gr', h: o.growthH || '增长（%）', kind: 'pct', dec: o.dec || 1, calc: d => pct(d.end, d.start, o.dec || 1) });
  if (o.devShare) c.push({ key: 'ds', h: '发展党员占增加比重（%）', kind: 'pct', dec: o.dec || 1, calc: d => share(d.dev, d.inc, o.dec || 1) });
  return c;
}

const files = []; // {name, sheets: [{name, grid | ws fn}]}
function addFile(name, sheets) { files.push({ name, sheets }); }

let seed = 37001;
// ---------- variants ----------
// 1-8: member flow by county, various layouts
const memberVariants = [
  { f: 'm01_县区党员变动', unit: '单位：名', title: '2023年全市非公有制企业党员变动情况统计表', totalLabel: '合计', regions: COUNTIES.slice(0, 8), base: 900 },
  { f: 'm02_乡镇党员变动', unit: '单位：名', title: '××县社会组织党员队伍变化情况表（2023年度）', totalLabel: '全县合计', regions: TOWNS.slice(0, 10), base: 120, totalFirst: true, seq: true },
  { f: 'm03_净增', unit: '单位：人', title: '2024年两新组织党员增减变化统计', totalLabel: '总计', regions: COUNTIES.slice(2, 9), base: 600, net: true, growth: true, shrinkSome: true },
  { f: 'm04_增长率两位', unit: '单位：名、%', title: '非公企业党员数量变动表', totalLabel: '合  计', regions: COUNTIES.slice(0, 6), base: 1500, growth: true, dec: 2, notes: ['注：1.增长（%）=（年末数-年初数）/年初数×100。', '    2.转入、转出含系统内组织关系接转。'] },
  { f: 'm05_无标题', unit: null, title: null, totalLabel: '合计', regions: TOWNS.slice(0, 7), base: 80, blankZero: true },
  { f: 'm06_偏移列', unit: '计量单位：名', title: '社会组织党员变动情况', totalLabel: '总 计', regions: COUNTIES.slice(5, 12), base: 300, c0: 1, colNumbers: true, seq: true },
  { f: 'm07_部分其中', unit: '单位：名', title: '2023年度非公有制经济组织党员增减情况（其中项仅列主要项目）', totalLabel: '合计', regions: COUNTIES.slice(0, 9), base: 700, partial: true, q: true, notes: ['说明：本年增加、本年减少合计含其他情形，其中项不全列。'] },
  { f: 'm08_负净增', unit: '单位：名', title: '××市社会组织党员队伍变动统计表', totalLabel: '全市', regions: COUNTIES.slice(3, 10), base: 250, net: true, netH: '净增（减）', growth: true, shrinkAll: true, devShare: true },
  { f: 'm09_短表', unit: '单位：名', title: '2022年非公企业党员变动', totalLabel: '合计', regions: TOWNS.slice(2, 6), base: 60, res: false, expel: false, growth: true, blankZero: 'dash' },
  { f: 'm10_大县', unit: '单位：名', title: '全省非公有制企业党员变动情况（按市州）', totalLabel: '全省合计', regions: ['长沙市', '株洲市', '湘潭市', '衡阳市', '邵阳市', '岳阳市', '常德市', '张家界市', '益阳市', '郴州市', '永州市', '怀化市', '娄底市', '湘西州'], base: 12000, growth: true, net: true },
];
for (const v of memberVariants) {
  const R = mkRng(seed++);
  const rows = v.regions.map((lab, n) => ({ label: lab, data: memberRow(R, v.base, { partialInc: v.partial, partialDec: v.partial, shrink: v.shrinkAll || (v.shrinkSome && n % 3 === 0) }) }));
  if (!v.partial) rows.forEach(x => fold(x.data, v));
  const cols = memberCols(v);
  const g = flowTable(R, { title: v.title, fill: R.bool(0.6) ? R.pick(UNITS_FILL) : null, unit: v.unit, cols, rows, totalLabel: v.totalLabel, totalFirst: v.totalFirst, seq: v.seq, c0: v.c0, colNumbers: v.colNumbers, notes: v.notes, blankZero: v.blankZero, labelHead: R.pick(['单位', '地区', '县（市、区）', '乡镇（街道）']) });
  const sheets = [{ name: R.pick(['党员变动', 'Sheet1', '表1', '2023年']), grid: g }];
  if (v.f === 'm05_无标题' || v.f === 'm09_短表') {
    sheets.push({ name: '填表说明', text: ['填表说明', '一、本表统计范围为辖区内非公有制企业和社会组织中的党员。', '二、年末数=年初数+本年增加-本年减少。', '三、发展党员指本年度接收的预备党员，恢复党籍指按规定恢复党籍的人数。', '四、报送时间：次年1月15日前。'] });
  }
  addFile(v.f, sheets);
}

// org tables: 年初 | 本年增加(新建) | 本年减少 (撤销, 合并) | 年末 by county
function orgCols(o) {
  const c = [{ key: 'start', h: '年初数' }, { key: 'nb', h: '本年新建' }];
  c.push({ key: 'dec', g: '本年减少', h: '小计' });
  c.push({ key: 'rev', g: '本年减少', h: '撤销', role: 'part' });
  c.push({ key: 'mrg', g: '本年减少', h: '合并', role: 'part' });
  c.push({ key: 'end', h: '年末数', role: 'end' });
  if (o.growth) c.push({ key: 'gr', h: '比年初增长（%）', kind: 'pct', dec: 1, calc: d => pct(d.end, d.start, 1) });
  return c;
}
const orgVariants = [
  { f: 'o01_党组织变动', title: '2023年非公有制企业党组织变动情况', unit: '单位：个', regions: COUNTIES.slice(0, 7), base: 140, growth: true, totalLabel: '合计' },
  { f: 'o02_社会组织党组织', title: '社会组织党组织数量变化统计表', unit: '单位：个', regions: TOWNS.slice(0, 9), base: 20, totalLabel: '全县合计', totalFirst: true },
  { f: 'o03_带注', title: '两新组织党组织增减情况表（2024年）', unit: '单位：个、%', regions: COUNTIES.slice(4, 11), base: 60, growth: true, totalLabel: '总计', notes: ['注：合并指两个及以上党组织合并为一个，按减少数统计。'] },
];
for (const v of orgVariants) {
  const R = mkRng(seed++);
  const rows = v.regions.map(lab => ({ label: lab, data: orgRow(R, v.base) }));
  const g = flowTable(R, { title: v.title, fill: R.pick(UNITS_FILL), unit: v.unit, cols: orgCols(v), rows, totalLabel: v.totalLabel, totalFirst: v.totalFirst, notes: v.notes, labelHead: '地区' });
  addFile(v.f, [{ name: '党组织', grid: g }]);
}

// org by build type: rows 单独建立/联合建立/小计 per category, 总计
function orgTypeSheet(R, title, cats, opts) {
  const g = new Grid();
  let r = 0;
  const head = ['类别', '', '年初数', '本年新建', '本年撤销', '本年合并', '年末数'];
  if (opts.growth) head.push('增长（%）');
  g.set(r, 0, title); g.merge(r, 0, r, head.length - 1); r++;
  g.set(r, 0, '填报单位：' + R.pick(UNITS_FILL)); g.set(r, head.length - 1, '单位：个'); r++;
  head.forEach((h, i) => { if (h) g.set(r, i, h); }); g.merge(r, 0, r, 1); r++;
  const all = [];
  for (const cat of cats) {
    const parts = ['单独建立', '联合建立'].map(lab => ({ lab, d: orgRow(R, cat.base) }));
    const sub = sumRows(parts.map(p => p.d), ['start', 'nb', 'rev', 'mrg', 'end']);
    const first = r;
    const order = opts.subFirst ? [{ lab: '小计', d: sub, t: 1 }, ...parts] : [...parts, { lab: '小计', d: sub, t: 1 }];
    for (const p of order) {
      g.set(r, 1, p.lab);
      ['start', 'nb', 'rev', 'mrg', 'end'].forEach((k, i) => { g.set(r, 2 + i, p.d[k]); g.cand(r, 2 + i, p.t ? 'total' : (k === 'end' ? 'end' : 'num'), { v: p.d[k] }); });
      if (opts.growth) { const v = pct(p.d.end, p.d.start, 1); g.set(r, 7, v, '0.0'); g.cand(r, 7, 'pct', { v }); }
      r++;
    }
    g.set(first, 0, cat.name); g.merge(first, 0, r - 1, 0);
    all.push(sub);
  }
  const tot = sumRows(all, ['start', 'nb', 'rev', 'mrg', 'end']);
  g.set(r, 0, opts.totalLabel || '总计'); g.merge(r, 0, r, 1);
  ['start', 'nb', 'rev', 'mrg', 'end'].forEach((k, i) => { g.set(r, 2 + i, tot[k]); g.cand(r, 2 + i, 'total', { v: tot[k] }); });
  if (opts.growth) { const v = pct(tot.end, tot.start, 1); g.set(r, 7, v, '0.0'); g.cand(r, 7, 'pct', { v }); }
  r++;
  if (opts.note) { r++; g.set(r, 0, opts.note); }
  return g;
}
{
  let R = mkRng(seed++);
  addFile('o04_建立方式', [{ name: '党组织建立方式', grid: orgTypeSheet(R, '非公有制企业和社会组织党组织建立情况（2023年）', [{ name: '非公有制企业', base: 200 }, { name: '社会组织', base: 40 }], { growth: true }) }]);
  R = mkRng(seed++);
  addFile('o05_建立方式小计在前', [{ name: 'Sheet1', grid: orgTypeSheet(R, '两新组织党组织建立方式统计表', [{ name: '非公企业', base: 90 }, { name: '社会组织', base: 25 }, { name: '个体工商户', base: 8 }], { subFirst: true, totalLabel: '合计', note: '注：联合建立指两个及以上单位联合成立党组织。' }) }]);
}

// Transposed: indicators rows, regions columns
function transposed(R, title, regions, base, opts) {
  const g = new Grid();
  const data = regions.map(() => memberRow(R, base, {}));
  const tot = sumRows(data, ['start', 'inc', 'dev', 'tin', 'res', 'dec', 'death', 'tout', 'expel', 'stop', 'end']);
  let r = 0;
  g.set(r, 0, title); g.merge(r, 0, r, regions.length + 1); r++;
  g.set(r, regions.length + 1, '单位：名'); r++;
  g.set(r, 0, '指标'); g.set(r, 1, opts.totalLabel || '合计'); regions.forEach((x, i) => g.set(r, 2 + i, x)); r++;
  const ind = [['年初党员数', 'start'], ['本年增加', 'inc'], ['  其中：发展党员', 'dev'], ['        转入', 'tin'], ['        恢复党籍', 'res'], ['本年减少', 'dec'], ['  其中：死亡', 'death'], ['        转出', 'tout'], ['        出党', 'expel'], ['        停止党籍', 'stop'], ['年末党员数', 'end']];
  for (const [lab, k] of ind) {
    g.set(r, 0, lab);
    g.set(r, 1, tot[k]); g.cand(r, 1, 'total', { v: tot[k] });
    data.forEach((d, i) => { g.set(r, 2 + i, d[k]); const W = { dev: 'inc', tin: 'inc', res: 'inc', death: 'dec', tout: 'dec', expel: 'dec', stop: 'dec' }; g.cand(r, 2 + i, k === 'end' ? 'end' : (W[k] ? 'part' : 'num'), { v: d[k], whole: W[k] ? d[W[k]] : undefined }); });
    r++;
  }
  if (opts.growth) {
    g.set(r, 0, '比年初增长（%）');
    const v0 = pct(tot.end, tot.start, 1); g.set(r, 1, v0, '0.0'); g.cand(r, 1, 'pct', { v: v0 });
    data.forEach((d, i) => { const v = pct(d.end, d.start, 1); g.set(r, 2 + i, v, '0.0'); g.cand(r, 2 + i, 'pct', { v }); });
    r++;
  }
  return g;
}
{
  let R = mkRng(seed++);
  addFile('t01_转置', [{ name: '党员变动（横表）', grid: transposed(R, '2023年各县区非公企业党员变动情况', COUNTIES.slice(0, 6), 500, { growth: true }) }]);
  R = mkRng(seed++);
  addFile('t02_转置乡镇', [{ name: '横表', grid: transposed(R, '社会组织党员增减情况（按乡镇）', TOWNS.slice(0, 8), 50, { totalLabel: '全县' }) }, { name: '说明', text: ['说明：', '本表数据来源于全国党员管理信息系统，截至2023年12月31日。', '年末数=年初数+本年增加-本年减少。'] }]);
}

// Quarterly stock: 年初 | 一季度末 | 二季度末 | 三季度末 | 四季度末 | 比年初增减 | 增长%
function quarterlyStock(R, title, regions, base, opts) {
  const g = new Grid();
  let r = 0;
  const head = ['地区', '年初数', '一季度末', '二季度末', '三季度末', '四季度末', '比年初增减', '比年初增长（%）'];
  g.set(r, 0, title); g.merge(r, 0, r, head.length - 1); r++;
  g.set(r, head.length - 1, '单位：名、%'); r++;
  head.forEach((h, i) => g.set(r, i, h)); r++;
  const rows = regions.map(() => { let x = R.int(base * 0.6, base * 1.4); const a = [x]; for (let q = 0; q < 4; q++) { x += R.int(-Math.floor(base * 0.05), Math.floor(base * 0.07)); a.push(x); } return a; });
  const tot = [0, 1, 2, 3, 4].map(i => rows.reduce((s, a) => s + a[i], 0));
  const put = (lab, a, isT) => {
    g.set(r, 0, lab);
    a.forEach((v, i) => { g.set(r, 1 + i, v); g.cand(r, 1 + i, isT ? 'total' : 'num', { v }); });
    const d = a[4] - a[0]; g.set(r, 6, d); g.cand(r, 6, 'net', { v: d });
    const p = pct(a[4], a[0], 1); g.set(r, 7, p, '0.0'); g.cand(r, 7, 'pct', { v: p });
    r++;
  };
  if (opts.totalFirst) put(opts.totalLabel, tot, true);
  regions.forEach((lab, i) => put(lab, rows[i]));
  if (!opts.totalFirst) put(opts.totalLabel, tot, true);
  return g;
}
// Quarterly flow: for each quarter 增加 / 减少 / 期末
function quarterlyFlow(R, title, regions, base, opts) {
  const g = new Grid();
  let r = 0;
  const qs = ['一季度', '二季度', '三季度', '四季度'];
  const ncol = 2 + qs.length * 3;
  g.set(r, 0, title); g.merge(r, 0, r, ncol - 1); r++;
  g.set(r, 0, '填报单位：' + R.pick(UNITS_FILL)); g.set(r, ncol - 1, opts.unit || '单位：名'); r++;
  g.set(r, 0, '单位'); g.merge(r, 0, r + 1, 0); g.set(r, 1, '年初数'); g.merge(r, 1, r + 1, 1);
  qs.forEach((q, i) => { const c = 2 + i * 3; g.set(r, c, q); g.merge(r, c, r, c + 2); g.set(r + 1, c, '增加'); g.set(r + 1, c + 1, '减少'); g.set(r + 1, c + 2, '期末数'); });
  r += 2;
  const rows = regions.map(() => { let x = R.int(base * 0.6, base * 1.4); const a = [x]; for (let q = 0; q < 4; q++) { const inc = R.int(0, Math.floor(base * 0.06)); const dec = R.int(0, Math.floor(base * 0.05)); x = x + inc - dec; a.push(inc, dec, x); } return a; });
  const tot = rows[0].map((_, i) => rows.reduce((s, a) => s + a[i], 0));
  const put = (lab, a, isT) => { g.set(r, 0, lab); a.forEach((v, i) => { g.set(r, 1 + i, v); g.cand(r, 1 + i, isT ? 'total' : (i > 0 && i % 3 === 0 ? 'end' : 'num'), { v }); }); r++; };
  regions.forEach((lab, i) => put(lab, rows[i]));
  put(opts.totalLabel, tot, true);
  return g;
}
{
  let R = mkRng(seed++);
  addFile('q01_季度存量', [{ name: '季度', grid: quarterlyStock(R, '2023年各季度末非公企业党员数', COUNTIES.slice(0, 7), 800, { totalLabel: '合计' }) }]);
  R = mkRng(seed++);
  addFile('q02_季度存量合计在前', [{ name: '分季度', grid: quarterlyStock(R, '社会组织党员分季度变化', TOWNS.slice(0, 6), 40, { totalLabel: '总计', totalFirst: true }) }]);
  R = mkRng(seed++);
  addFile('q03_季度流量', [{ name: '季度变动', grid: quarterlyFlow(R, '2024年分季度党员增减情况', COUNTIES.slice(2, 8), 400, { totalLabel: '合计' }) }]);
  R = mkRng(seed++);
  addFile('q04_季度党组织', [{ name: '党组织季度', grid: quarterlyFlow(R, '分季度党组织数变化', TOWNS.slice(3, 9), 30, { totalLabel: '全县合计', unit: '单位：个' }) }]);
}

// Multi-sheet workbook: 党员 + 党组织 + 说明
{
  const R = mkRng(seed++);
  const rows = COUNTIES.slice(0, 5).map(l => ({ label: l, data: memberRow(R, 400, {}) }));
  const g1 = flowTable(R, { title: '表1 党员变动情况', unit: '单位：名', cols: memberCols({ growth: true }), rows, totalLabel: '合计', labelHead: '地区' });
  const orows = COUNTIES.slice(0, 5).map(l => ({ label: l, data: orgRow(R, 50) }));
  const g2 = flowTable(R, { title: '表2 党组织变动情况', unit: '单位：个', cols: orgCols({ growth: true }), rows: orows, totalLabel: '合计', labelHead: '地区' });
  addFile('x01_多表', [{ name: '表1党员', grid: g1 }, { name: '表2党组织', grid: g2 }, { name: '说明', text: ['本套报表由县委组织部汇总，统计时点为2023年12月31日。', '如有疑问请联系组织科。'] }]);
}
// Two tables stacked on one sheet
{
  const R = mkRng(seed++);
  const rows = TOWNS.slice(0, 5).map(l => ({ label: l, data: fold(memberRow(R, 70, {}), { res: false, stop: false }) }));
  const g1 = flowTable(R, { title: '一、党员变动', unit: '单位：名', cols: memberCols({ res: false, stop: false }), rows, totalLabel: '合计', labelHead: '乡镇' });
  const orows = TOWNS.slice(0, 5).map(l => ({ label: l, data: orgRow(R, 10) }));
  const g2 = flowTable(R, { title: '二、党组织变动', unit: '单位：个', cols: orgCols({}), rows: orows, totalLabel: '合计', labelHead: '乡镇' });
  // shift g2 down
  const g = new Grid();
  let maxR = 0;
  for (const [k, v] of g1.cells) { const [r, c] = k.split(',').map(Number); g.set(r, c, v, g1.fmt.get(k)); maxR = Math.max(maxR, r); }
  g1.merges.forEach(m => g.merge(...m)); g1.meta.forEach(m => g.meta.push(m));
  const off = maxR + 3;
  for (const [k, v] of g2.cells) { const [r, c] = k.split(',').map(Number); g.set(r + off, c, v, g2.fmt.get(k)); }
  g2.merges.forEach(([a, b, c, d]) => g.merge(a + off, b, c + off, d));
  g2.meta.forEach(m => { const mm = /^([A-Z]+)(\d+)$/.exec(m.cell); g.meta.push(Object.assign({}, m, { cell: mm[1] + (Number(mm[2]) + off) })); });
  addFile('x02_上下两表', [{ name: '汇总', grid: g }]);
}
// Year-on-year comparison: 2022年末 | 2023年末 | 增减 | 增长% by type rows with 其中
{
  const R = mkRng(seed++);
  const g = new Grid(); let r = 0;
  g.set(r, 0, '两新组织党员、党组织基本情况对比表'); g.merge(r, 0, r, 4); r++;
  g.set(r, 4, '单位：名、个、%'); r++;
  ['指标', '2022年末', '2023年末', '增减', '增长（%）'].forEach((h, i) => g.set(r, i, h)); r++;
  const mk = b => { const a = R.int(b * 0.8, b * 1.2); return [a, a + R.int(-Math.floor(b * 0.05), Math.floor(b * 0.1))]; };
  const e1 = mk(3000), e2 = mk(900);
  const items = [['党员总数', [e1[0] + e2[0], e1[1] + e2[1]], 'total'], ['  其中：非公有制企业', e1, 'part'], ['        社会组织', e2, 'part']];
  const o1 = mk(300), o2 = mk(80);
  items.push(['党组织总数', [o1[0] + o2[0], o1[1] + o2[1]], 'total'], ['  其中：单独建立', o1, 'part'], ['        联合建立', o2, 'part']);
  for (const [lab, a, kind] of items) {
    g.set(r, 0, lab); g.set(r, 1, a[0]); g.set(r, 2, a[1]); g.cand(r, 1, kind, { v: a[0] }); g.cand(r, 2, kind, { v: a[1] });
    g.set(r, 3, a[1] - a[0]); g.cand(r, 3, 'net', { v: a[1] - a[0] });
    const p = pct(a[1], a[0], 1); g.set(r, 4, p, '0.0'); g.cand(r, 4, 'pct', { v: p }); r++;
  }
  addFile('y01_年度对比', [{ name: '对比', grid: g }]);
}
// Coverage table: 企业数 | 建立党组织的企业数 (单独/联合) | 覆盖率
{
  const R = mkRng(seed++);
  const g = new Grid(); let r = 0;
  g.set(r, 0, '规模以上非公有制企业党组织覆盖情况'); g.merge(r, 0, r, 5); r++;
  g.set(r, 0, '填报单位：××市委两新工委'); g.set(r, 5, '单位：个、%'); r++;
  g.set(r, 0, '县（市、区）'); g.merge(r, 0, r + 1, 0); g.set(r, 1, '企业数'); g.merge(r, 1, r + 1, 1);
  g.set(r, 2, '已建立党组织的企业数'); g.merge(r, 2, r, 4); g.set(r + 1, 2, '合计'); g.set(r + 1, 3, '单独建立'); g.set(r + 1, 4, '联合建立');
  g.set(r, 5, '覆盖率（%）'); g.merge(r, 5, r + 1, 5); r += 2;
  const rows = COUNTIES.slice(0, 8).map(l => { const n = R.int(80, 400); const a = R.int(Math.floor(n * 0.3), Math.floor(n * 0.6)); const b = R.int(Math.floor(n * 0.1), Math.floor(n * 0.3)); return { l, n, a, b, t: a + b }; });
  const tot = { l: '合计', n: 0, a: 0, b: 0, t: 0 }; rows.forEach(x => { for (const k of ['n', 'a', 'b', 't']) tot[k] += x[k]; });
  for (const x of [...rows, tot]) {
    const isT = x === tot;
    g.set(r, 0, x.l); ['n', 't', 'a', 'b'].forEach((k, i) => { g.set(r, 1 + i, x[k]); g.cand(r, 1 + i, isT ? 'total' : (k === 'a' || k === 'b' ? 'part' : 'num'), { v: x[k], whole: (k === 'a' || k === 'b') ? x.t : undefined }); });
    const p = share(x.t, x.n, 1); g.set(r, 5, p, '0.0'); g.cand(r, 5, 'pct', { v: p }); r++;
  }
  r++; g.set(r, 0, '注：覆盖率=已建立党组织的企业数/企业数×100%。');
  addFile('c01_覆盖率', [{ name: '覆盖', grid: g }]);
}
// Township table grouped under counties with 小计 rows
{
  const R = mkRng(seed++);
  const g = new Grid(); let r = 0;
  const cols = memberCols({ res: false, stop: false, growth: true });
  const keys = ['start', 'inc', 'dev', 'tin', 'dec', 'death', 'tout', 'expel', 'end'];
  g.set(r, 0, '各县乡镇社会组织党员变动明细'); g.merge(r, 0, r, keys.length + 1); r++;
  g.set(r, keys.length + 1, '单位：名'); r++;
  g.set(r, 0, '县/乡镇'); g.merge(r, 0, r + 1, 0);
  g.set(r, 1, '年初数'); g.merge(r, 1, r + 1, 1);
  g.set(r, 2, '本年增加'); g.merge(r, 2, r, 4); g.set(r + 1, 2, '小计'); g.set(r + 1, 3, '发展党员'); g.set(r + 1, 4, '转入');
  g.set(r, 5, '本年减少'); g.merge(r, 5, r, 8); g.set(r + 1, 5, '小计'); g.set(r + 1, 6, '死亡'); g.set(r + 1, 7, '转出'); g.set(r + 1, 8, '出党');
  g.set(r, 9, '年末数'); g.merge(r, 9, r + 1, 9); g.set(r, 10, '增长（%）'); g.merge(r, 10, r + 1, 10); r += 2;
  const put = (lab, d, kind) => { g.set(r, 0, lab); keys.forEach((k, i) => { g.set(r, 1 + i, d[k]); g.cand(r, 1 + i, kind === 'row' ? (k === 'end' ? 'end' : (['dev', 'tin', 'death', 'tout', 'expel'].includes(k) ? 'part' : 'num')) : 'total', { v: d[k] }); }); const p = pct(d.end, d.start, 1); g.set(r, 10, p, '0.0'); g.cand(r, 10, 'pct', { v: p }); r++; };
  const groups = [];
  for (const cty of ['安宁县', '永和县', '临川县']) {
    const ds = TOWNS.slice(R.int(0, 4), R.int(7, 11)).slice(0, R.int(3, 5)).map(t => ({ t, d: memberRow(R, 40, {}) }));
    ds.forEach(x => { x.d.inc = x.d.dev + x.d.tin + x.d.res; x.d.dec = x.d.death + x.d.tout + x.d.expel + x.d.stop; });
    // drop res/stop columns: fold them out by zeroing and recomputing end
    ds.forEach(x => { x.d.res = 0; x.d.stop = 0; x.d.inc = x.d.dev + x.d.tin; x.d.dec = x.d.death + x.d.tout + x.d.expel; x.d.end = x.d.start + x.d.inc - x.d.dec; });
    const sub = sumRows(ds.map(x => x.d), keys);
    put(cty + '小计', sub, 'sub');
    ds.forEach(x => put('  ' + x.t, x.d, 'row'));
    groups.push(sub);
  }
  put('总计', sumRows(groups, keys), 'tot');
  addFile('g01_县乡分组', [{ name: '明细', grid: g }]);
}
// more member-flow variants to reach ~35, with random layout choices
for (let i = 0; i < 10; i++) {
  const R = mkRng(seed++);
  const isTown = R.bool();
  const regs = (isTown ? TOWNS : COUNTIES).slice(R.int(0, 3), R.int(7, 12));
  const o = { growth: R.bool(0.6), net: R.bool(0.4), dec: R.bool(0.3) ? 2 : 1, res: R.bool(0.7), stop: R.bool(0.7), devShare: R.bool(0.2), q: R.bool(0.3), incH: R.pick(['合计', '小计', '计']) };
  if (R.bool(0.3)) { o.startH = '上年末数'; o.endH = '本年末数'; }
  const base = isTown ? R.int(30, 150) : R.int(200, 2000);
  const rows = regs.map(l => ({ label: l, data: memberRow(R, base, { shrink: R.bool(0.3) }) }));
  // drop columns not shown by folding into nothing: ensure shown parts sum to whole
  rows.forEach(x => { const d = x.data; if (!o.res) d.res = 0; if (!o.stop) d.stop = 0; d.inc = d.dev + d.tin + d.res; d.dec = d.death + d.tout + d.expel + d.stop; d.end = d.start + d.inc - d.dec; });
  const notes = R.bool(0.5) ? [R.pick(['注：本表不含机关、事业单位党员。', '注：数据截至' + (2020 + i % 4) + '年12月31日。', '备注：转入转出含县内流动。']), '填表人：张××    审核人：李××    填报日期：' + (2021 + i % 4) + '年1月10日'] : null;
  const g = flowTable(R, { title: R.bool(0.8) ? `${2020 + i % 5}年${isTown ? '乡镇' : '县区'}${R.pick(['非公企业', '社会组织', '两新组织'])}党员${R.pick(['变动', '增减', '流动'])}情况` : null, fill: R.bool(0.5) ? R.pick(UNITS_FILL) : null, unit: R.pick(['单位：名', '单位：人', '单位：名、%', null]), cols: memberCols(o), rows, totalLabel: R.pick(['合计', '总计', '合 计', '全县', '汇总', '总　计']), totalFirst: R.bool(0.3), seq: R.bool(0.3), c0: R.bool(0.2) ? 1 : 0, colNumbers: R.bool(0.2), notes, blankZero: R.bool(0.2), labelHead: isTown ? '乡镇（街道）' : '县（市、区）' });
  addFile(`r${String(i + 1).padStart(2, '0')}_随机党员变动`, [{ name: R.pick(['Sheet1', '党员', '变动表', '附表' + (i + 1)]), grid: g }]);
}

// ---- trap variants ----
{ // k01: category rows with "其中" subset rows that are not addends
  const R = mkRng(seed++);
  const g = new Grid(); let r = 0;
  const keys = ['start', 'inc', 'dev', 'tin', 'dec', 'death', 'tout', 'end'];
  g.set(r, 0, '非公有制企业和社会组织党员变动（按类别）'); g.merge(r, 0, r, 9); r++;
  g.set(r, 0, '填报单位：××市委组织部'); g.set(r, 9, '单位：名'); r++;
  g.set(r, 0, '类别'); g.merge(r, 0, r + 1, 0); g.set(r, 1, '年初数'); g.merge(r, 1, r + 1, 1);
  g.set(r, 2, '本年增加'); g.merge(r, 2, r, 4); g.set(r + 1, 2, '合计'); g.set(r + 1, 3, '发展党员'); g.set(r + 1, 4, '转入');
  g.set(r, 5, '本年减少'); g.merge(r, 5, r, 7); g.set(r + 1, 5, '合计'); g.set(r + 1, 6, '死亡'); g.set(r + 1, 7, '转出');
  g.set(r, 8, '年末数'); g.merge(r, 8, r + 1, 8); g.set(r, 9, '增长（%）'); g.merge(r, 9, r + 1, 9); r += 2;
  const mk = b => fold(memberRow(R, b, {}), { res: false, stop: false, expel: false });
  const cats = [['非公有制企业', 2000, '  其中：规模以上企业'], ['社会组织', 600, '  其中：行业协会商会'], ['个体工商户', 150, null]];
  const main = [], rowsOut = [];
  for (const [name, b, sub] of cats) {
    const d = mk(b); main.push(d); rowsOut.push([name, d, 'num']);
    if (sub) { const s = {}; for (const k of ['start', 'dev', 'tin', 'death', 'tout']) s[k] = Math.floor(d[k] * (0.3 + R.next() * 0.4)); s.res = 0; s.expel = 0; s.stop = 0; fold(s, { res: false, stop: false, expel: false }); rowsOut.push([sub, s, 'sub']); }
  }
  const tot = sumRows(main, keys);
  const put = (lab, d, kind) => { g.set(r, 0, lab); keys.forEach((k, i) => { g.set(r, 1 + i, d[k]); g.cand(r, 1 + i, kind === 'tot' ? 'total' : (k === 'end' ? 'end' : 'num'), { v: d[k] }); }); const p = pct(d.end, d.start, 1); g.set(r, 9, p, '0.0'); g.cand(r, 9, 'pct', { v: p }); r++; };
  put('合计', tot, 'tot');
  rowsOut.forEach(([l, d, k]) => put(l, d, k));
  addFile('k01_其中行', [{ name: '按类别', grid: g }]);
}
{ // k02: new township with 年初 0 (growth "—"), dissolved one with 年末 0 (-100%)
  const R = mkRng(seed++);
  const rows = TOWNS.slice(0, 7).map(l => ({ label: l, data: fold(memberRow(R, 60, {}), {}) }));
  const n = rows[5].data; Object.assign(n, { start: 0, dev: 2, tin: 9, res: 0, death: 0, tout: 0, expel: 0, stop: 0 }); fold(n, {});
  const z = rows[6].data; Object.assign(z, { start: 14, dev: 0, tin: 0, res: 0, death: 1, tout: 13, expel: 0, stop: 0 }); fold(z, {});
  const g = flowTable(R, { title: '2024年乡镇社会组织党员变动（含新设、撤并乡镇）', unit: '单位：名', cols: memberCols({ growth: true, net: true }), rows, totalLabel: '合计', labelHead: '乡镇（街道）', dash: true, notes: ['注：河口镇为本年新设，年初数为0，增长率不计算；新集乡本年撤并。'] });
  addFile('k02_新设撤并', [{ name: '乡镇', grid: g }]);
}
{ // k03: org table with 单独建立 / 联合建立 / 小计 as column groups, 合计 column last
  const R = mkRng(seed++);
  const g = new Grid(); let r = 0;
  g.set(r, 0, '各县区两新组织党组织数变化'); g.merge(r, 0, r, 9); r++;
  g.set(r, 9, '单位：个'); r++;
  const grp = ['单独建立', '联合建立', '小计'];
  g.set(r, 0, '县（市、区）'); g.merge(r, 0, r + 1, 0);
  grp.forEach((h, i) => { const c = 1 + i * 3; g.set(r, c, h); g.merge(r, c, r, c + 2); g.set(r + 1, c, '年初数'); g.set(r + 1, c + 1, '年末数'); g.set(r + 1, c + 2, '增减'); });
  r += 2;
  const regs = COUNTIES.slice(0, 6);
  const data = regs.map(() => { const a = orgRow(R, 80), b = orgRow(R, 25); return [a.start, a.end, b.start, b.end]; });
  const tot = [0, 1, 2, 3].map(i => data.reduce((s, x) => s + x[i], 0));
  const put = (lab, x, isT) => { g.set(r, 0, lab); const vals = [x[0], x[1], x[1] - x[0], x[2], x[3], x[3] - x[2], x[0] + x[2], x[1] + x[3], x[1] + x[3] - x[0] - x[2]]; vals.forEach((v, i) => { g.set(r, 1 + i, v); g.cand(r, 1 + i, isT ? 'total' : (i % 3 === 2 ? 'net' : (i >= 6 ? 'num' : 'part')), { v }); }); r++; };
  regs.forEach((l, i) => put(l, data[i]));
  put('合  计', tot, true);
  addFile('k03_建立方式列组', [{ name: 'Sheet1', grid: g }]);
}
// text-only workbook
addFile('z01_纯文字', [{ name: '工作说明', text: ['关于做好2023年度党内统计工作的通知', '各县（市、区）委组织部：', '根据上级要求，现就做好年度党内统计工作通知如下：', '一、统计时点为2023年12月31日24时。', '二、党员数、党组织数应与全国党员管理信息系统一致，年末数=年初数+本年增加-本年减少。', '三、请于2024年1月20日前报送。', '××市委组织部', '2023年12月1日'] }]);

(async () => {
  const meta = {};
  for (const f of files) {
    const wb = new ExcelJS.Workbook();
    meta[f.name + '.xlsx'] = {};
    for (const s of f.sheets) {
      const ws = wb.addWorksheet(s.name);
      if (s.text) { s.text.forEach((t, i) => { ws.getCell(i + 1, 1).value = t; }); continue; }
      s.grid.write(ws);
      meta[f.name + '.xlsx'][s.name] = s.grid.meta;
    }
    await wb.xlsx.writeFile(path.join(OUT, f.name + '.xlsx'));
  }
  fs.writeFileSync(path.join(OUT, 'meta.json'), JSON.stringify(meta));
  console.log('wrote', files.length, 'files');
})();
