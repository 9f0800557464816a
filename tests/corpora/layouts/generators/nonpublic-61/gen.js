// Round 61B of issue 9, by an outside helper: writes clean and planted books to /tmp/round61b; the corpus keeps the
// clean ones (tests/corpora/layouts/nonpublic-61, copied from its cases folder).
// gen.js — writes party-building (非公党建) test workbooks.
// usage: node gen.js            -> /tmp/round61b/cases (+ manifest.json), seed 61021
//        node gen.js --probe    -> /tmp/round61b/probe, 100 clean books, seed 777123
const ExcelJS = require('/work/main/node_modules/exceljs');
const fs = require('fs');
const path = require('path');

const PROBE = process.argv.includes('--probe');
const OUT = path.join(__dirname, PROBE ? 'probe' : 'cases');
let seed = PROBE ? 777123 : 61021;
function rnd() { seed |= 0; seed = (seed + 0x6D2B79F5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (arr) => arr[Math.floor(rnd() * arr.length)];
const shuffle = (a) => { a = a.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; };
const r1 = (x) => Math.round(x * 10) / 10;
const r2 = (x) => Math.round(x * 100) / 100;
const colL = (c) => { let s = ''; c++; while (c) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s; };
const addr = (r, c) => colL(c) + (r + 1);
const sum = (a) => a.reduce((x, y) => x + y, 0);

const COUNTIES = ['青阳县', '桐城县', '武宁县', '临泉县', '安福县', '宁乡县', '丰城县', '蒲江县'];
const CITIES = ['滨江市', '云台市', '江陵市', '东岳市', '金川市', '南屏市', '北塘市', '西林市', '长丰市', '清河市'];
const TOWNS = ['城关镇', '东城街道', '西城街道', '河口镇', '新集镇', '三里乡', '石桥镇', '白沙镇', '高桥镇', '永丰镇', '双河镇', '龙潭乡', '马店镇', '经济开发区', '高新技术产业园区'];
const INDUSTRIES = ['制造业', '建筑业', '批发和零售业', '交通运输、仓储和邮政业', '住宿和餐饮业', '信息传输、软件和信息技术服务业', '租赁和商务服务业', '科学研究和技术服务业', '居民服务、修理和其他服务业', '其他行业'];
const YEAR = 2024;

// split n into k positive-ish parts
function split(n, k, minEach = 0) {
  const w = Array.from({ length: k }, () => 0.3 + rnd());
  const W = sum(w);
  const parts = w.map((x) => Math.max(minEach, Math.floor((x / W) * n)));
  let d = n - sum(parts);
  let i = 0;
  while (d !== 0 && i < 10000) { const j = i % k; if (d > 0) { parts[j]++; d--; } else if (parts[j] > minEach) { parts[j]--; d++; } i++; }
  return parts;
}

// ---------- sheet model ----------
// model: {name, grid: [[v]], merges: [], fmt: {addr: numFmt}, indent: {addr: n}, widths}
function newSheet(name) { return { name, grid: [], merges: [], fmt: {}, indent: {}, bold: new Set() }; }
function put(sh, r, c, v) { while (sh.grid.length <= r) sh.grid.push([]); sh.grid[r][c] = v; }
function get(sh, r, c) { return (sh.grid[r] || [])[c]; }

function rateFmt(style) { return style === 2 ? '0.00' : '0.0'; }
function rateVal(num, den, style) { if (!den) return '—'; const x = (num / den) * 100; return style === 2 ? r2(x) : style === 'raw' ? x : r1(x); }

function titleLines(sh, title, unitLine, ncol) {
  put(sh, 0, 0, title); sh.merges.push(`A1:${colL(ncol - 1)}1`); sh.bold.add('A1');
  put(sh, 1, 0, unitLine);
  return 2;
}
function regionFrame(level) {
  if (level === 'province') { const names = shuffle(CITIES).slice(0, ri(6, 9)); return { owner: pick(['中共某某省委组织部', '省委两新工委']), place: '全省', names, label: '市（州）', total: pick(['全省', '合计', '总计']), filer: '省委组织部（省委两新工委）' }; }
  if (level === 'city') { const c = pick(CITIES); const names = shuffle(COUNTIES).slice(0, ri(5, 7)).concat(rnd() < 0.5 ? ['市经济技术开发区'] : []); return { owner: c, place: c, names, label: '县（市、区）', total: pick(['全市', '合计', '总计']), filer: `中共${c}委组织部` }; }
  const c = pick(COUNTIES); const names = shuffle(TOWNS).slice(0, ri(6, 11)); return { owner: c, place: c, names, label: pick(['乡镇（街道）', '乡镇', '单位']), total: pick(['全县', '合计', '总计']), filer: `中共${c}委组织部（县委非公党工委）` };
}
function scaleFor(level) { return level === 'province' ? [800, 6000] : level === 'city' ? [150, 1200] : [15, 260]; }

// one region's coverage data
function coverageRow(E) {
  const withM = Math.max(1, Math.round(E * (0.25 + rnd() * 0.35)));
  const members = withM * ri(2, 5) + ri(0, withM);
  const covered = Math.min(E, Math.round(withM * (0.55 + rnd() * 0.55)));
  const joint = Math.round(covered * (0.2 + rnd() * 0.4));
  const own = covered - joint;
  const instr = Math.max(0, Math.round((E - covered) * (0.3 + rnd() * 0.5)));
  return { E, withM, members, covered, own, joint, instr };
}

// ---------- Layout A: coverage by region, two-level header ----------
function layoutA(level) {
  const F = regionFrame(level); const [lo, hi] = scaleFor(level);
  const sh = newSheet(pick(['汇总', '表1', `${YEAR}年覆盖情况`, 'Sheet1']));
  const style = pick([1, 1, 2, 'raw']);
  const cols = ['name', 'E', 'withM', 'members', 'covered', 'own', 'joint', 'rate', 'instr'];
  let r = titleLines(sh, `${F.place}${YEAR}年非公有制企业党组织覆盖情况统计表`, pick([`填报单位：${F.filer}`, '单位：户、名、%', `填报单位：${F.filer}　　　　单位：户、名`]), cols.length);
  const h = r;
  const H1 = [F.label, '企业数', '有党员的企业数', '党员数', '建立党组织的企业数', null, null, '党组织覆盖率(%)', '选派党建指导员(名)'];
  const H2 = [null, null, null, null, '合计', '单独建立', '联合建立', null, null];
  H1.forEach((v, c) => v !== null && put(sh, h, c, v)); H2.forEach((v, c) => v !== null && put(sh, h + 1, c, v));
  for (const c of [0, 1, 2, 3, 7, 8]) sh.merges.push(`${addr(h, c)}:${addr(h + 1, c)}`);
  sh.merges.push(`${addr(h, 4)}:${addr(h, 6)}`);
  r = h + 2;
  const rows = F.names.map((n) => ({ name: n, ...coverageRow(ri(lo, hi)) }));
  // variant: a newly set-up park with no enterprises yet (all 0, rate "—")
  const zeroRow = rnd() < 0.25; if (zeroRow) rows.push({ name: pick(['新设产业园区', '综合保税区', '临空经济区']), E: 0, withM: 0, members: 0, covered: 0, own: 0, joint: 0, instr: 0 });
  const tot = { name: F.total }; for (const k of ['E', 'withM', 'members', 'covered', 'own', 'joint', 'instr']) tot[k] = sum(rows.map((x) => x[k]));
  // variant: 其中 row right under the total (规模以上企业), a subset
  let sub = null;
  if (rnd() < 0.35) { sub = { name: '其中：规模以上企业' }; sub.E = Math.round(tot.E * 0.3); sub.withM = Math.min(sub.E, Math.round(tot.withM * 0.5)); sub.members = Math.round(tot.members * 0.5); sub.covered = Math.min(sub.E, Math.round(tot.covered * 0.5)); sub.joint = Math.round(sub.covered * 0.2); sub.own = sub.covered - sub.joint; sub.instr = Math.round(tot.instr * 0.3); }
  const pctFmt = style !== 2 && rnd() < 0.25; // rate stored as a fraction, shown with % format
  const top = rnd() < 0.5 || sub;
  const order = top ? [tot, ...(sub ? [sub] : []), ...rows] : [...rows, tot];
  const meta = { sheet: sh.name, cols, partRows: [], totalRow: null, rateCol: 7, style: pctFmt ? 'pct' : style };
  for (const row of order) {
    row.rate = rateVal(row.covered, row.E, style);
    if (pctFmt && typeof row.rate === 'number') row.rate = Math.round(row.rate * 10) / 1000;
    cols.forEach((k, c) => put(sh, r, c, row[k]));
    sh.fmt[addr(r, 7)] = pctFmt ? '0.0%' : rateFmt(style);
    if (row === sub) sh.indent[addr(r, 0)] = 1;
    if (row === tot) meta.totalRow = r; else if (row !== sub && row.E > 0) meta.partRows.push(r);
    r++;
  }
  if (pctFmt) put(sh, h, 7, '党组织覆盖率');
  r++;
  put(sh, r++, 0, '注：1.党组织覆盖率＝建立党组织的企业数÷企业数×100%。');
  put(sh, r++, 0, '2.联合建立指与其他企业联合组建党组织的企业，按覆盖企业数统计。');
  if (rnd() < 0.5) put(sh, r++, 0, `填表人：${pick(['王', '李', '张', '刘'])}某某　　审核人：${pick(['陈', '赵', '周'])}某某　　联系电话：0551-6${ri(100000, 999999)}`);
  meta.sumCols = [1, 2, 3, 4, 5, 6, 8];
  return { sheets: [sh], meta, kind: 'A-region-coverage', plants: ['wrong-total', 'part-changed', 'rate-mismatch', 'digit-swap', 'decimal-moved', 'own-joint-mismatch'] };
}

// ---------- Layout B: by enterprise size, 其中 row, YoY 百分点 ----------
function layoutB(level) {
  const F = regionFrame(level); const [lo, hi] = scaleFor(level);
  const sh = newSheet(pick(['按规模', '表2', '汇总']));
  const bands = pick([
    ['年营业收入2000万元及以上', '年营业收入500万—2000万元', '年营业收入500万元以下'],
    ['规模以上企业', '规模以下企业'],
    ['年营业收入1亿元及以上', '年营业收入2000万—1亿元', '年营业收入500万—2000万元', '年营业收入500万元以下'],
  ]);
  const cols = ['name', 'E', 'withM', 'members', 'covered', 'rPrev', 'rate', 'chg'];
  let r = titleLines(sh, `${F.place}非公有制企业党建工作情况（按企业规模分）`, pick([`填报单位：${F.filer}`, '单位：户、名、%、百分点']), cols.length);
  const h = r;
  const H1 = ['项目', '企业数', '有党员的企业数', '党员数', '建立党组织的企业数', '党组织覆盖率(%)', null, '比上年增减(百分点)'];
  const H2 = [null, null, null, null, null, `${YEAR - 1}年`, `${YEAR}年`, null];
  H1.forEach((v, c) => v !== null && put(sh, h, c, v)); H2.forEach((v, c) => v !== null && put(sh, h + 1, c, v));
  for (const c of [0, 1, 2, 3, 4, 7]) sh.merges.push(`${addr(h, c)}:${addr(h + 1, c)}`);
  sh.merges.push(`${addr(h, 5)}:${addr(h, 6)}`);
  r = h + 2;
  const scale = bands.length * (hi - lo) / 2 + lo;
  const parts = bands.map((b, i) => {
    const E = Math.max(5, Math.round(scale * (0.08 + i * 0.25) * (0.7 + rnd() * 0.6)));
    const row = coverageRow(E); row.name = b;
    // bigger firms: higher coverage
    row.covered = Math.min(row.withM, Math.round(row.withM * (0.95 - i * 0.15)));
    const Eprev = Math.max(3, E - ri(0, Math.ceil(E * 0.15))); const covPrev = Math.max(0, Math.min(Eprev, row.covered - ri(0, Math.ceil(row.covered * 0.2))));
    row.Eprev = Eprev; row.covPrev = covPrev; return row;
  });
  const tot = { name: pick(['合计', '总计', F.total]) }; for (const k of ['E', 'withM', 'members', 'covered', 'Eprev', 'covPrev']) tot[k] = sum(parts.map((x) => x[k]));
  // 其中 row: 从业人员50人以上 — subset of total
  const sub = { name: '其中：从业人员50人以上企业' };
  sub.E = Math.round(tot.E * (0.15 + rnd() * 0.15)); sub.withM = Math.min(sub.E, Math.round(tot.withM * 0.5)); sub.members = Math.round(tot.members * 0.45);
  sub.covered = Math.min(sub.withM, Math.round(tot.covered * 0.45)); sub.noPrev = true;
  const style = pick([1, 2]);
  const all = [tot, sub, ...parts];
  const meta = { sheet: sh.name, cols, partRows: [], totalRow: null, subRow: null, rateCol: 6, style, sumCols: [1, 2, 3, 4] };
  const withHeading = rnd() < 0.5;
  for (const row of all) {
    if (row === parts[0] && withHeading) { put(sh, r, 0, '按企业规模分：'); r++; }
    row.rate = rateVal(row.covered, row.E, style);
    if (row.noPrev) { row.rPrev = '—'; row.chg = '—'; }
    else { row.rPrev = rateVal(row.covPrev, row.Eprev, style); row.chg = style === 2 ? r2(row.rate - row.rPrev) : r1(row.rate - row.rPrev); }
    cols.forEach((k, c) => put(sh, r, c, row[k]));
    for (const c of [5, 6, 7]) sh.fmt[addr(r, c)] = rateFmt(style);
    if (row !== tot) sh.indent[addr(r, 0)] = row === sub ? 1 : 2;
    if (row === tot) meta.totalRow = r; else if (row === sub) meta.subRow = r; else meta.partRows.push(r);
    r++;
  }
  r++;
  put(sh, r++, 0, '注：规模以上企业指年营业收入2000万元及以上的工业企业和限额以上批零住餐企业等；“—”表示上年未单独统计。');
  put(sh, r++, 0, '比上年增减为本年覆盖率减上年覆盖率，单位为百分点。');
  return { sheets: [sh], meta, kind: 'B-size-yoy', plants: ['ofwhich-above-whole', 'pp-change-wrong', 'decimal-moved', 'wrong-total', 'rate-mismatch', 'digit-swap'] };
}

// ---------- Layout C: 发展党员 funnel by region ----------
function layoutC(level) {
  const F = regionFrame(level); const [lo, hi] = scaleFor(level);
  const sh = newSheet(pick(['发展党员', '表3', '汇总']));
  const cols = ['name', 'app', 'act', 'obj', 'dev', 'devFront'];
  let r = titleLines(sh, `${F.place}${YEAR}年非公有制企业发展党员工作情况统计表`, pick([`填报单位：${F.filer}　　单位：名`, '单位：名']), cols.length);
  const h = r;
  put(sh, h, 0, F.label); put(sh, h, 1, '发展党员工作情况'); put(sh, h + 1, 1, '入党申请人'); put(sh, h + 1, 2, '入党积极分子'); put(sh, h + 1, 3, '发展对象'); put(sh, h + 1, 4, '发展党员'); put(sh, h + 1, 5, '其中：生产经营一线');
  sh.merges.push(`${addr(h, 0)}:${addr(h + 1, 0)}`, `${addr(h, 1)}:${addr(h, 5)}`);
  r = h + 2;
  const rows = F.names.map((n) => { const app = Math.max(4, Math.round(ri(lo, hi) * (0.15 + rnd() * 0.2))); const act = Math.round(app * (0.5 + rnd() * 0.35)); const obj = Math.round(act * (0.35 + rnd() * 0.35)); const dev = Math.round(obj * (0.6 + rnd() * 0.4)); const devFront = Math.round(dev * (0.5 + rnd() * 0.4)); return { name: n, app, act, obj, dev, devFront }; });
  const tot = { name: F.total }; for (const k of cols.slice(1)) tot[k] = sum(rows.map((x) => x[k]));
  const top = rnd() < 0.6; const order = top ? [tot, ...rows] : [...rows, tot];
  const meta = { sheet: sh.name, cols, partRows: [], totalRow: null, sumCols: [1, 2, 3, 4, 5] };
  for (const row of order) { cols.forEach((k, c) => put(sh, r, c, row[k])); if (row === tot) meta.totalRow = r; else meta.partRows.push(r); r++; }
  r++; put(sh, r++, 0, '注：入党申请人、入党积极分子、发展对象为年末数，发展党员为全年数。');
  return { sheets: [sh], meta, kind: 'C-funnel', plants: ['funnel-inversion', 'ofwhich-above-whole', 'funnel-inversion', 'digit-swap', 'wrong-total', 'part-changed'] };
}

// ---------- Layout D: 党组织书记 age / education bands ----------
function layoutD(level) {
  const F = regionFrame(level); const [lo, hi] = scaleFor(level);
  const byInd = rnd() < 0.5;
  const names = byInd ? shuffle(INDUSTRIES).slice(0, ri(6, 9)) : F.names;
  const sh = newSheet(pick(['书记情况', '表4', '汇总']));
  const cols = ['name', 'n', 'a1', 'a2', 'a3', 'a4', 'e1', 'e2', 'e3', 'inv', 'mgr'];
  let r = titleLines(sh, `${F.place}非公有制企业党组织书记基本情况统计表`, pick([`填报单位：${F.filer}`, '单位：名']), cols.length);
  const h = r;
  put(sh, h, 0, byInd ? '行业' : F.label); put(sh, h, 1, '党组织书记数'); put(sh, h, 2, '年龄'); put(sh, h, 6, '学历'); put(sh, h, 9, '其中');
  ['35岁及以下', '36—45岁', '46—55岁', '56岁及以上', '高中及以下', '大专', '大学本科及以上', '出资人担任', '企业高管担任'].forEach((v, i) => put(sh, h + 1, 2 + i, v));
  sh.merges.push(`${addr(h, 0)}:${addr(h + 1, 0)}`, `${addr(h, 1)}:${addr(h + 1, 1)}`, `${addr(h, 2)}:${addr(h, 5)}`, `${addr(h, 6)}:${addr(h, 8)}`, `${addr(h, 9)}:${addr(h, 10)}`);
  r = h + 2;
  const rows = names.map((n) => { const N = Math.max(6, Math.round(ri(lo, hi) * (0.2 + rnd() * 0.2))); const [a1, a2, a3, a4] = split(N, 4); const [e1, e2, e3] = split(N, 3); const inv = Math.round(N * (0.2 + rnd() * 0.2)); const mgr = Math.round(N * (0.3 + rnd() * 0.2)); return { name: n, n: N, a1, a2, a3, a4, e1, e2, e3, inv, mgr }; });
  const tot = { name: F.total }; for (const k of cols.slice(1)) tot[k] = sum(rows.map((x) => x[k]));
  const order = rnd() < 0.6 ? [tot, ...rows] : [...rows, tot];
  const meta = { sheet: sh.name, cols, partRows: [], totalRow: null, sumCols: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] };
  for (const row of order) { cols.forEach((k, c) => put(sh, r, c, row[k])); if (row === tot) meta.totalRow = r; else meta.partRows.push(r); r++; }
  r++; put(sh, r++, 0, '注：年龄按截至统计时点的周岁计算；“出资人担任”“企业高管担任”不含交叉。');
  return { sheets: [sh], meta, kind: 'D-secretary-bands', plants: ['age-band-changed', 'ofwhich-above-whole', 'edu-band-changed', 'wrong-total', 'digit-swap'] };
}

// ---------- Layout E: 汇总 + 台账 ----------
function layoutE(level) {
  const c = pick(COUNTIES); const towns = shuffle(TOWNS).slice(0, ri(3, 5));
  const sum_ = newSheet('汇总'); const led = newSheet('台账');
  // ledger
  const pre = ['恒达', '金鑫', '华宇', '兴隆', '宏远', '鑫源', '瑞丰', '众诚', '新和', '安泰', '永盛', '天成', '明辉', '嘉禾', '盛世', '东方', '万通', '长江', '绿源', '汇通'];
  const suf = ['机械制造有限公司', '建筑工程有限公司', '商贸有限公司', '物流有限公司', '餐饮管理有限公司', '科技有限公司', '纺织有限公司', '食品有限公司', '电子有限公司', '农业开发有限公司'];
  const indOf = { 机械制造有限公司: '制造业', 建筑工程有限公司: '建筑业', 商贸有限公司: '批发和零售业', 物流有限公司: '交通运输、仓储和邮政业', 餐饮管理有限公司: '住宿和餐饮业', 科技有限公司: '信息传输、软件和信息技术服务业', 纺织有限公司: '制造业', 食品有限公司: '制造业', 电子有限公司: '制造业', 农业开发有限公司: '农、林、牧、渔业' };
  let lr = 0;
  put(led, lr++, 0, `${c}非公有制企业党建工作台账`); led.merges.push('A1:H1');
  put(led, lr++, 0, `填报单位：中共${c}委组织部（县委非公党工委）　　截至${YEAR}年12月31日`);
  const lcols = ['序号', '企业名称', '所属乡镇（街道）', '所属行业', '从业人员数', '党员数', '是否建立党组织', '组建形式'];
  lcols.forEach((v, i) => put(led, lr, i, v)); const lh = lr; lr++;
  const used = new Set(); let seq = 1; const ent = [];
  for (const t of towns) {
    const n = ri(5, 12);
    for (let i = 0; i < n; i++) {
      let nm; do { nm = `${c.slice(0, 2)}${pick(pre)}${pick(suf)}`; } while (used.has(nm)); used.add(nm);
      const s = Object.keys(indOf).find((k) => nm.endsWith(k));
      const staff = ri(8, 420); const pm = rnd() < 0.45 ? 0 : ri(1, Math.max(1, Math.round(staff / 25)) + 2);
      let org = '否', form = '—';
      if (pm >= 3 && rnd() < 0.85) { org = '是'; form = '单独组建'; } else if (rnd() < 0.35) { org = '是'; form = '联合组建'; }
      ent.push({ t, org, form, pm });
      [seq++, nm, t, indOf[s], staff, pm, org, form].forEach((v, j) => put(led, lr, j, v)); lr++;
    }
  }
  // summary
  let r = titleLines(sum_, `${c}非公有制企业党组织覆盖情况汇总表`, pick([`填报单位：中共${c}委组织部`, '单位：户、名、%']), 7);
  const h = r; ['乡镇（街道）', '企业数', '党员数', '建立党组织企业数', '单独组建', '联合组建', '党组织覆盖率(%)'].forEach((v, i) => put(sum_, h, i, v)); r++;
  const style = pick([1, 2]);
  const rows = towns.map((t) => { const es = ent.filter((e) => e.t === t); return { name: t, E: es.length, pm: sum(es.map((e) => e.pm)), cov: es.filter((e) => e.org === '是').length, own: es.filter((e) => e.form === '单独组建').length, joint: es.filter((e) => e.form === '联合组建').length }; });
  const tot = { name: pick(['合计', '全县']) }; for (const k of ['E', 'pm', 'cov', 'own', 'joint']) tot[k] = sum(rows.map((x) => x[k]));
  const order = rnd() < 0.5 ? [tot, ...rows] : [...rows, tot];
  const meta = { sheet: '汇总', cols: ['name', 'E', 'pm', 'cov', 'own', 'joint', 'rate'], partRows: [], totalRow: null, rateCol: 6, style, sumCols: [1, 2, 3, 4, 5], ledger: { sheet: '台账', header: lh, n: ent.length, orgCol: 6, pmCol: 5 } };
  for (const row of order) { row.rate = rateVal(row.cov, row.E, style); meta.cols.forEach((k, i) => put(sum_, r, i, row[k])); sum_.fmt[addr(r, 6)] = rateFmt(style); if (row === tot) meta.totalRow = r; else meta.partRows.push(r); r++; }
  r++; put(sum_, r++, 0, '注：本表由“台账”工作表逐户汇总生成。');
  return { sheets: [sum_, led], meta, kind: 'E-summary-ledger', plants: ['ledger-flip', 'ledger-members', 'wrong-total', 'rate-mismatch', 'part-changed'] };
}

// ---------- Layout F: by industry, organisation types (党委/党总支/党支部), joint ----------
function layoutF(level) {
  const F = regionFrame(level); const [lo, hi] = scaleFor(level);
  const sh = newSheet(pick(['按行业', '表5', '汇总']));
  const names = shuffle(INDUSTRIES).slice(0, ri(6, 9));
  const cols = ['name', 'E', 'covered', 'ownSub', 'w', 'z', 'b', 'jOrg', 'jCov', 'rate'];
  let r = titleLines(sh, `${F.place}非公有制企业党组织组建情况（按行业分）`, pick([`填报单位：${F.filer}　　单位：户、个、%`, '单位：户、个、%']), cols.length);
  const h = r;
  put(sh, h, 0, '行业'); put(sh, h, 1, '企业数'); put(sh, h, 2, '建立党组织的企业数'); put(sh, h, 3, '单独建立党组织'); put(sh, h, 7, '联合党组织'); put(sh, h, 9, '党组织覆盖率(%)');
  ['小计', '党委', '党总支', '党支部', '党组织数', '覆盖企业数'].forEach((v, i) => put(sh, h + 1, 3 + i, v));
  sh.merges.push(`${addr(h, 0)}:${addr(h + 1, 0)}`, `${addr(h, 1)}:${addr(h + 1, 1)}`, `${addr(h, 2)}:${addr(h + 1, 2)}`, `${addr(h, 3)}:${addr(h, 6)}`, `${addr(h, 7)}:${addr(h, 8)}`, `${addr(h, 9)}:${addr(h + 1, 9)}`);
  r = h + 2;
  const style = pick([1, 2]);
  const rows = names.map((n) => { const E = ri(lo, hi); const own = Math.round(E * (0.12 + rnd() * 0.25)); const w = Math.round(own * rnd() * 0.06); const z = Math.round(own * (0.05 + rnd() * 0.1)); const b = own - w - z; const jOrg = Math.max(1, Math.round(E * (0.02 + rnd() * 0.04))); const jCov = jOrg * ri(2, 5) + ri(0, jOrg); return { name: n, E, ownSub: own, w, z, b, jOrg, jCov, covered: own + jCov }; });
  rows.forEach((x) => { if (x.covered > x.E) { x.jCov = x.E - x.ownSub; x.jOrg = Math.max(1, Math.floor(x.jCov / 2)); x.covered = x.E; } });
  const tot = { name: F.total }; for (const k of ['E', 'covered', 'ownSub', 'w', 'z', 'b', 'jOrg', 'jCov']) tot[k] = sum(rows.map((x) => x[k]));
  const order = rnd() < 0.5 ? [tot, ...rows] : [...rows, tot];
  const meta = { sheet: sh.name, cols, partRows: [], totalRow: null, rateCol: 9, style, sumCols: [1, 2, 3, 4, 5, 6, 7, 8] };
  for (const row of order) { row.rate = rateVal(row.covered, row.E, style); cols.forEach((k, c) => put(sh, r, c, row[k])); sh.fmt[addr(r, 9)] = rateFmt(style); if (row === tot) meta.totalRow = r; else meta.partRows.push(r); r++; }
  r++; put(sh, r++, 0, '注：建立党组织的企业数＝单独建立党组织的企业数＋联合党组织覆盖企业数；一个企业只建一个党组织。');
  return { sheets: [sh], meta, kind: 'F-industry-orgtypes', plants: ['orgtype-part-changed', 'wrong-total', 'rate-mismatch', 'decimal-moved', 'digit-swap'] };
}

// ---------- Layout G: two years by region, 工作覆盖, change in 百分点 ----------
function layoutG(level) {
  const F = regionFrame(level); const [lo, hi] = scaleFor(level);
  const sh = newSheet(pick(['覆盖率对比', '表6', '汇总']));
  const cols = ['name', 'E0', 'C0', 'R0', 'E1', 'C1', 'R1', 'chg', 'work', 'wrate'];
  let r = titleLines(sh, `${F.place}非公有制企业党的组织和工作覆盖情况对比表`, pick([`填报单位：${F.filer}`, '单位：户、%、百分点']), cols.length);
  const h = r;
  put(sh, h, 0, F.label); put(sh, h, 1, `${YEAR - 1}年`); put(sh, h, 4, `${YEAR}年`); put(sh, h, 7, '组织覆盖率增减(百分点)'); put(sh, h, 8, `${YEAR}年工作覆盖`);
  ['企业数', '建立党组织的企业数', '党组织覆盖率(%)', '企业数', '建立党组织的企业数', '党组织覆盖率(%)'].forEach((v, i) => put(sh, h + 1, 1 + i, v));
  put(sh, h + 1, 8, '工作覆盖企业数'); put(sh, h + 1, 9, '工作覆盖率(%)');
  sh.merges.push(`${addr(h, 0)}:${addr(h + 1, 0)}`, `${addr(h, 1)}:${addr(h, 3)}`, `${addr(h, 4)}:${addr(h, 6)}`, `${addr(h, 7)}:${addr(h + 1, 7)}`, `${addr(h, 8)}:${addr(h, 9)}`);
  r = h + 2;
  const style = pick([1, 2]);
  const rows = F.names.map((n) => { const E1 = ri(lo, hi); const E0 = Math.max(5, E1 - ri(-Math.ceil(E1 * 0.05), Math.ceil(E1 * 0.2))); const C1 = Math.round(E1 * (0.3 + rnd() * 0.5)); const C0 = Math.min(E0, Math.max(0, C1 - ri(-2, Math.ceil(C1 * 0.2)))); const work = Math.min(E1, C1 + Math.round((E1 - C1) * (0.5 + rnd() * 0.5))); return { name: n, E0, C0, E1, C1, work }; });
  const tot = { name: F.total }; for (const k of ['E0', 'C0', 'E1', 'C1', 'work']) tot[k] = sum(rows.map((x) => x[k]));
  const order = rnd() < 0.5 ? [tot, ...rows] : [...rows, tot];
  const meta = { sheet: sh.name, cols, partRows: [], totalRow: null, rateCol: 6, style, sumCols: [1, 2, 4, 5, 8] };
  for (const row of order) { row.R0 = rateVal(row.C0, row.E0, style); row.R1 = rateVal(row.C1, row.E1, style); row.chg = style === 2 ? r2(row.R1 - row.R0) : r1(row.R1 - row.R0); row.wrate = rateVal(row.work, row.E1, style); cols.forEach((k, c) => put(sh, r, c, row[k])); for (const c of [3, 6, 7, 9]) sh.fmt[addr(r, c)] = rateFmt(style); if (row === tot) meta.totalRow = r; else meta.partRows.push(r); r++; }
  r++; put(sh, r++, 0, '注：工作覆盖企业数含已建立党组织的企业和通过选派党建指导员等方式开展党的工作的企业。');
  return { sheets: [sh], meta, kind: 'G-two-year-work', plants: ['pp-change-wrong', 'rate-mismatch', 'wrong-total', 'digit-swap', 'decimal-moved', 'work-rate-mismatch'] };
}

// ---------- planting ----------
function swapDigits(v) { const s = String(v); const idx = []; for (let i = 0; i < s.length - 1; i++) if (/\d/.test(s[i]) && /\d/.test(s[i + 1]) && s[i] !== s[i + 1]) idx.push(i); if (!idx.length) return null; const i = pick(idx); const t = s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2); const n = Number(t); return n === v ? null : n; }
function plant(book, kind) {
  const m = book.meta; const sh = book.sheets[0];
  const P = (r, c, nv, k, sheetObj = sh) => { const ov = get(sheetObj, r, c); put(sheetObj, r, c, nv); return { sheet: sheetObj.name, cell: addr(r, c), original: ov, planted: nv, kind: k }; };
  const ci = (k) => m.cols.indexOf(k);
  const part = () => pick(m.partRows);
  const bump = (v) => { const d = ri(1, Math.max(2, Math.round(Math.abs(v) * 0.1))); return v + (rnd() < 0.5 && v - d >= 0 ? -d : d); };
  switch (kind) {
    case 'wrong-total': { const c = pick(m.sumCols); return P(m.totalRow, c, bump(get(sh, m.totalRow, c)), kind); }
    case 'part-changed': { const r = part(); const c = pick(m.sumCols.filter((c) => typeof get(sh, r, c) === 'number')); return P(r, c, bump(get(sh, r, c)), kind); }
    case 'rate-mismatch': case 'work-rate-mismatch': { const r = part(); const c = kind === 'work-rate-mismatch' ? ci('wrate') : m.rateCol; const v = get(sh, r, c); if (m.style === 'pct') return P(r, c, Math.round((v + 0.043) * 1000) / 1000, kind); let nv = (m.style === 2 ? r2 : r1)(v + pick([-1, 1]) * (2 + rnd() * 6)); if (nv < 0 || nv > 100) nv = (m.style === 2 ? r2 : r1)(v - 3.3); return P(r, c, nv, kind); }
    case 'decimal-moved': { const r = part(); const c = m.rateCol; const v = get(sh, r, c); return P(r, c, m.style === 2 ? r2(v / 10) : r2(v / 10), kind); }
    case 'digit-swap': { for (let t = 0; t < 50; t++) { const r = part(); const c = pick(m.sumCols); const v = get(sh, r, c); if (typeof v !== 'number' || v < 10) continue; const nv = swapDigits(v); if (nv !== null) return P(r, c, nv, kind); } return null; }
    case 'own-joint-mismatch': { const r = part(); const c = ci('own'); return P(r, c, bump(get(sh, r, c)), kind); }
    case 'ofwhich-above-whole': {
      if (book.kind.startsWith('B')) { const c = pick([1, 2, 3, 4]); return P(m.subRow, c, get(sh, m.totalRow, c) + ri(1, 30), kind); }
      if (book.kind.startsWith('C')) { const r = part(); return P(r, ci('devFront'), get(sh, r, ci('dev')) + ri(1, 4), kind); }
      if (book.kind.startsWith('D')) { const r = part(); const c = pick([ci('inv'), ci('mgr')]); return P(r, c, get(sh, r, ci('n')) + ri(1, 5), kind); }
      return null;
    }
    case 'funnel-inversion': { const r = part(); const k = pick(['act', 'obj', 'dev']); const prev = { act: 'app', obj: 'act', dev: 'obj' }[k]; return P(r, ci(k), get(sh, r, ci(prev)) + ri(1, 6), kind); }
    case 'age-band-changed': { const r = part(); const c = ci(pick(['a1', 'a2', 'a3', 'a4'])); return P(r, c, bump(get(sh, r, c)), kind); }
    case 'edu-band-changed': { const r = part(); const c = ci(pick(['e1', 'e2', 'e3'])); return P(r, c, bump(get(sh, r, c)), kind); }
    case 'pp-change-wrong': { const rows = book.kind.startsWith('B') ? m.partRows : m.partRows; const r = pick(rows); const c = ci('chg'); const v = get(sh, r, c); return P(r, c, (m.style === 2 ? r2 : r1)(v + pick([-1, 1]) * (1.5 + rnd() * 4)), kind); }
    case 'orgtype-part-changed': { const r = part(); const c = ci(pick(['w', 'z', 'b'])); return P(r, c, bump(get(sh, r, c)), kind); }
    case 'ledger-flip': { const L = book.sheets[1]; const lm = m.ledger; const rows = []; for (let r = lm.header + 1; r <= lm.header + lm.n; r++) rows.push(r); const r = pick(rows); const ov = get(L, r, lm.orgCol); const res = P(r, lm.orgCol, ov === '是' ? '否' : '是', kind, L); return res; }
    case 'ledger-members': { const L = book.sheets[1]; const lm = m.ledger; const r = lm.header + ri(1, lm.n); return P(r, lm.pmCol, get(L, r, lm.pmCol) + ri(1, 4), kind, L); }
  }
  return null;
}

async function write(book, file) {
  const wb = new ExcelJS.Workbook();
  for (const s of book.sheets) {
    const ws = wb.addWorksheet(s.name);
    s.grid.forEach((row, r) => { if (!row) return; row.forEach((v, c) => { if (v === undefined) return; const cell = ws.getCell(r + 1, c + 1); cell.value = v; const a = addr(r, c); if (s.fmt[a]) cell.numFmt = s.fmt[a]; if (s.indent[a]) cell.alignment = { indent: s.indent[a] }; if (s.bold.has(a)) cell.font = { bold: true, size: 14 }; }); });
    for (const mg of s.merges) { try { ws.mergeCells(mg); } catch (e) { } }
    ws.getColumn(1).width = 28; for (let c = 2; c <= 12; c++) ws.getColumn(c).width = 12;
  }
  await wb.xlsx.writeFile(file);
}

(async () => {
  fs.rmSync(OUT, { recursive: true, force: true }); fs.mkdirSync(OUT, { recursive: true });
  const layouts = [layoutA, layoutB, layoutC, layoutD, layoutE, layoutF, layoutG];
  const levels = ['county', 'city', 'province'];
  const manifest = [];
  const kindCounter = {};
  const N = PROBE ? 100 : 50;
  for (let i = 0; i < N; i++) {
    const L = layouts[i % layouts.length]; const lv = pick(levels);
    const book = L(lv);
    let entry = { file: null, layout: book.kind, level: lv, clean: true };
    const wantPlant = !PROBE && i % 2 === 1;
    if (wantPlant) {
      const k0 = (kindCounter[book.kind] = (kindCounter[book.kind] || 0) + 1) - 1;
      let res = null; for (let t = 0; t < 10 && !res; t++) res = plant(book, book.plants[(k0 + t) % book.plants.length]);
      if (res) { entry = { ...entry, clean: false, ...res }; }
    }
    const file = `${PROBE ? 'p' : 'c'}${String(i + 1).padStart(3, '0')}-${book.kind.split('-')[0]}-${entry.clean ? 'clean' : 'planted'}.xlsx`;
    entry.file = file;
    await write(book, path.join(OUT, file));
    manifest.push(entry);
  }
  fs.writeFileSync(path.join(PROBE ? OUT : __dirname, 'manifest.json'), JSON.stringify(manifest, null, 1));
  console.log(`wrote ${manifest.length} books to ${OUT}; planted ${manifest.filter((x) => !x.clean).length}`);
})();
