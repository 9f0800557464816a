// Generator for round54b: party statistics annual-report forms (non-public enterprises / social organisations)
const ExcelJS = require('/work/main/node_modules/exceljs');
const fs = require('fs');
const path = require('path');
const OUT = '/tmp/round54b/cases';
fs.mkdirSync(OUT, { recursive: true });
for (const f of fs.readdirSync(OUT)) fs.unlinkSync(path.join(OUT, f));

// ---------- RNG ----------
let seed = 1;
function rnd() { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; }
function setSeed(s) { seed = s * 7919 + 17; for (let i = 0; i < 5; i++) rnd(); }
function ri(a, b) { return a + Math.floor(rnd() * (b - a + 1)); }
function ru(a, b) { return a + rnd() * (b - a); }

// split N into integers proportional to (jittered) weights, summing exactly to N
function splitInt(N, weights, jitter = 0.25) {
  const w = weights.map(x => (x <= 0 ? 0 : x * (1 + ru(-jitter, jitter))));
  const s = w.reduce((a, b) => a + b, 0);
  if (s === 0) { const r = w.map(() => 0); r[0] = N; return r; }
  const raw = w.map(x => (N * x) / s);
  const fl = raw.map(Math.floor);
  let rem = N - fl.reduce((a, b) => a + b, 0);
  const order = raw.map((x, i) => [x - fl[i], i]).sort((a, b) => b[0] - a[0]);
  for (let k = 0; k < rem; k++) fl[order[k % order.length][1]]++;
  return fl;
}

const GENDER = ['男', '女'];
const ETH = ['汉族', '少数民族'];
const AGE = ['35岁及以下', '36-45岁', '46-55岁', '56-60岁', '61岁及以上'];
const EDU = ['研究生', '大学本科', '大学专科', '中专', '高中及以下'];

// composition of N members: returns object key->value
function composition(N, opt = {}) {
  const fem = opt.fem ?? ru(0.22, 0.42);
  const min = opt.min ?? ru(0.0, 0.06);
  const o = { 党员总数: N };
  const g = splitInt(N, [1 - fem, fem], 0.1);
  o['男'] = g[0]; o['女'] = g[1];
  const e = splitInt(N, [1 - min, min], 0.3);
  o['汉族'] = e[0]; o['少数民族'] = e[1];
  const a = splitInt(N, opt.age || [0.32, 0.28, 0.22, 0.09, 0.09]);
  AGE.forEach((k, i) => (o[k] = a[i]));
  const d = splitInt(N, opt.edu || [0.03, 0.34, 0.31, 0.12, 0.2]);
  EDU.forEach((k, i) => (o[k] = d[i]));
  if (opt.prob) o['其中：预备党员'] = Math.max(0, Math.round(N * ru(0.02, 0.06)));
  return o;
}
// subset of a composition, proportional per group, each component <= parent
function subComp(parent, frac, keysGroups) {
  for (let t = 0; t < 50; t++) {
    const N = Math.round(parent['党员总数'] * frac);
    const o = { 党员总数: N };
    let ok = true;
    for (const grp of keysGroups) {
      const parts = splitInt(N, grp.map(k => parent[k]), 0.05);
      grp.forEach((k, i) => { o[k] = parts[i]; if (parts[i] > parent[k]) ok = false; });
    }
    for (const k of Object.keys(parent)) if (!(k in o)) { o[k] = Math.min(parent[k], Math.round(parent[k] * frac)); }
    if (ok) return o;
  }
  throw new Error('subComp failed');
}
function addObj(list) {
  const o = {};
  for (const x of list) for (const k of Object.keys(x)) o[k] = (o[k] || 0) + (x[k] || 0);
  return o;
}
const pct = (a, b, d = 1) => (b === 0 ? null : Math.round((a / b) * 100 * 10 ** d) / 10 ** d);

// ---------- rendering ----------
// column tree node: {label, key?, children?, fmt?}
function leaves(tree) { const r = []; (function w(n) { for (const x of n) { if (x.children) w(x.children); else r.push(x); } })(tree); return r; }
function depth(tree) { let d = 0; for (const x of tree) d = Math.max(d, x.children ? 1 + depth(x.children) : 1); return d; }

const thin = { style: 'thin' };
const border = { top: thin, left: thin, bottom: thin, right: thin };

function renderSheet(wb, sp) {
  const ws = wb.addWorksheet(sp.name);
  const L = leaves(sp.tree);
  const D = depth(sp.tree);
  const ncol = 1 + L.length + (sp.note ? 1 : 0);
  let r = 1;
  ws.getCell(r, 1).value = sp.title;
  ws.mergeCells(r, 1, r, ncol);
  ws.getCell(r, 1).font = { bold: true, size: 16 };
  ws.getCell(r, 1).alignment = { horizontal: 'center' };
  r++;
  if (sp.sub) {
    ws.getCell(r, 1).value = sp.sub[0];
    if (sp.sub[1]) ws.getCell(r, ncol).value = sp.sub[1];
    r++;
  }
  const h0 = r;
  // first column header
  ws.getCell(h0, 1).value = sp.firstHeader;
  if (D > 1) ws.mergeCells(h0, 1, h0 + D - 1, 1);
  let col = 2;
  (function place(nodes, lvl) {
    for (const n of nodes) {
      const c0 = col;
      ws.getCell(h0 + lvl, c0).value = n.label;
      if (n.children) {
        place(n.children, lvl + 1);
        if (col - 1 > c0) ws.mergeCells(h0 + lvl, c0, h0 + lvl, col - 1);
      } else {
        if (lvl < D - 1) ws.mergeCells(h0 + lvl, c0, h0 + D - 1, c0);
        col++;
      }
    }
  })(sp.tree, 0);
  if (sp.note) {
    ws.getCell(h0, ncol).value = '备注';
    if (D > 1) ws.mergeCells(h0, ncol, h0 + D - 1, ncol);
  }
  r = h0 + D;
  if (sp.codes) {
    ws.getCell(r, 1).value = '甲';
    L.forEach((_, i) => (ws.getCell(r, 2 + i).value = sp.codesText ? String(i + 1) : i + 1));
    if (sp.note) ws.getCell(r, ncol).value = '乙';
    r++;
  }
  const addr = {};
  for (const row of sp.rows) {
    ws.getCell(r, 1).value = row.label;
    L.forEach((lf, i) => {
      const c = ws.getCell(r, 2 + i);
      let v = row.vals ? row.vals[lf.key] : undefined;
      if (v === undefined) v = null;
      if (v === 0 && sp.blankZero && !lf.keepZero) v = null;
      if (v !== null && lf.fmt === 'pctFrac') { c.value = v / 100; c.numFmt = '0.0%'; }
      else { c.value = v; if (lf.fmt) c.numFmt = lf.fmt; }
      addr[row.label + '|' + lf.key] = ws.getCell(r, 2 + i).address;
    });
    if (sp.note && row.note) ws.getCell(r, ncol).value = row.note;
    r++;
  }
  for (let rr = h0; rr < r; rr++) for (let cc = 1; cc <= ncol; cc++) ws.getCell(rr, cc).border = border;
  if (sp.footer) { r++; ws.getCell(r, 1).value = sp.footer; }
  ws.getColumn(1).width = 26;
  return addr;
}

// ---------- table builders ----------
const TOWNS = ['城关镇', '东城街道', '西城街道', '南湖街道', '北山镇', '河口镇', '马集镇', '青石镇', '白沙镇', '新店镇', '龙泉镇', '杨柳乡', '花园乡', '石桥镇', '双河镇', '太平镇', '三合乡', '金鸡乡', '长岭镇', '柳林镇', '黄土岗镇', '大营乡', '五里铺镇', '高新技术产业开发区', '经济开发区', '工业园区管委会', '红星乡', '永安镇', '兴隆镇', '古城镇', '凤凰镇', '清水乡'];
const INDUSTRIES = ['制造业', '建筑业', '批发和零售业', '交通运输、仓储和邮政业', '住宿和餐饮业', '信息传输、软件和信息技术服务业', '金融业', '房地产业', '租赁和商务服务业', '科学研究和技术服务业', '居民服务、修理和其他服务业', '其他行业'];

function compTree(opt = {}) {
  const t = [{ label: '党员总数', key: '党员总数' }];
  if (opt.prob) t.push({ label: '其中：预备党员', key: '其中：预备党员' });
  const grp = (label, keys) => ({ label, children: keys.map(k => ({ label: k, key: k })) });
  if (opt.top) {
    // three-row header: 党员构成 over the groups
    t.push({ label: '党员构成', children: [grp('性别', GENDER), grp('民族', ETH), grp('年龄', AGE), grp('学历', EDU)] });
  } else {
    t.push(grp('性别', GENDER), grp('民族', ETH), grp('年龄', AGE));
    if (!opt.noEdu) t.push(grp('学历', EDU));
  }
  return t;
}

// A: township composition form
function townComp(o = {}) {
  const n = o.n || 26;
  const towns = TOWNS.slice(0, n);
  const rows = towns.map(t => {
    const N = ri(o.lo || 18, o.hi || 260);
    const vals = composition(N, { min: o.minority ? ru(0.05, 0.45) : ru(0, 0.04), prob: o.prob });
    if (o.prob && vals['其中：预备党员'] > N) vals['其中：预备党员'] = N;
    return { label: t, vals };
  });
  const tot = addObj(rows.map(x => x.vals));
  const notes = ['含流动党员', '新建园区', '数据经核实', '含两新组织党员'];
  rows.forEach((x, i) => { if (rnd() < 0.12) x.note = notes[i % notes.length]; });
  return {
    name: o.sheet || '表1', title: o.title || '非公有制企业党员基本情况统计表', sub: ['填报单位：' + (o.unit || '中共某某县委组织部'), '单位：名'],
    firstHeader: o.fh || '乡镇（街道）', tree: compTree(o), note: o.note !== false, codes: o.codes !== false, blankZero: o.blankZero !== false,
    rows: [{ label: o.totLabel || '合计', vals: tot }, ...rows], footer: '填表人：王某某    审核人：李某某    填报日期：2024年1月12日',
  };
}

// B: category composition form (non-public enterprises & social organisations)
function catComp(o = {}) {
  const keysGroups = [GENDER, ETH, AGE, EDU];
  const ind = INDUSTRIES.map(lbl => ({ label: lbl, vals: composition(ri(o.lo || 40, o.hi || 900), { prob: o.prob }) }));
  const fp = addObj(ind.map(x => x.vals));
  const scale = subComp(fp, ru(0.45, 0.65), keysGroups);
  const foreign = subComp(scale, ru(0.08, 0.2), keysGroups);
  const st = composition(ri(150, 700), { fem: 0.38, age: [0.22, 0.26, 0.26, 0.13, 0.13], edu: [0.06, 0.42, 0.3, 0.1, 0.12], prob: o.prob });
  const assoc = subComp(st, ru(0.4, 0.6), keysGroups);
  const mf = composition(ri(200, 900), { fem: 0.55, age: [0.38, 0.3, 0.2, 0.07, 0.05], edu: [0.05, 0.45, 0.33, 0.12, 0.05], prob: o.prob });
  const school = subComp(mf, ru(0.35, 0.5), keysGroups);
  const hosp = subComp(mf, ru(0.15, 0.3), keysGroups);
  const fd = composition(ri(8, 40), { prob: o.prob });
  const so = addObj([st, mf, fd]);
  const total = addObj([fp, so]);
  const rows = [
    { label: o.totLabel || '总计', vals: total },
    { label: '一、非公有制企业', vals: fp },
    { label: '其中：规模以上企业', vals: scale },
    { label: '其中：外商及港澳台商投资企业', vals: foreign },
    { label: '按行业分：' },
    ...ind.map(x => ({ label: '  ' + x.label, vals: x.vals })),
    { label: '二、社会组织', vals: so },
    { label: '社会团体', vals: st },
    { label: '其中：行业协会商会', vals: assoc },
    { label: '民办非企业单位', vals: mf },
    { label: '其中：民办学校', vals: school },
    { label: '民办医院', vals: hosp, note: '属民办非企业单位' },
    { label: '基金会', vals: fd },
  ];
  return {
    name: o.sheet || '非公和社会组织党员', title: o.title || '非公有制企业和社会组织党员情况', sub: ['填报单位：' + (o.unit || '中共某某县委组织部'), '单位：名'],
    firstHeader: '项目', tree: compTree(o), note: true, codes: o.codes !== false, blankZero: o.blankZero !== false, rows,
    footer: '说明：1.本表统计截至2023年12月31日；2.“其中”项不参与合计。',
  };
}

// C: party organisation coverage form
function orgVals(units, o = {}) {
  const est = Math.min(units, Math.round(units * ru(o.covLo || 0.55, o.covHi || 0.98)));
  const zhibu = Math.max(est > 0 ? 1 : 0, Math.round(est * ru(0.5, 0.9)));
  const joint = Math.round(zhibu * ru(0, 0.45));
  const zongzhi = Math.round(est * ru(0, 0.06));
  const dangwei = Math.round(est * ru(0, 0.03));
  const v = { 单位数: units, 建立党组织的单位数: est, 未建立党组织的单位数: units - est, 覆盖率: pct(est, units, o.d ?? 1), 党组织总数: dangwei + zongzhi + zhibu, 党委: dangwei, 党总支: zongzhi, 党支部: zhibu, 联合党支部: joint };
  v['党员数'] = Math.round(est * ru(3, 14));
  v['其中：女党员'] = Math.round(v['党员数'] * ru(0.2, 0.45));
  return v;
}
function orgTree(o = {}) {
  const t = [{ label: o.unitsLabel || '单位数（个）', key: '单位数' }];
  if (o.split) t.push({ label: '已建立党组织的单位', children: [{ label: '单位数', key: '建立党组织的单位数' }, { label: '覆盖率（%）', key: '覆盖率', fmt: o.pctFmt }] }, { label: '未建立党组织的单位数', key: '未建立党组织的单位数' });
  else t.push({ label: '建立党组织的单位数', key: '建立党组织的单位数' }, { label: '覆盖率（%）', key: '覆盖率', fmt: o.pctFmt });
  t.push({ label: '党组织数（个）', children: [{ label: '合计', key: '党组织总数' }, { label: '党委', key: '党委' }, { label: '党总支', key: '党总支' }, { label: '党支部', children: [{ label: '小计', key: '党支部' }, { label: '其中：联合党支部', key: '联合党支部' }] }] });
  t.push({ label: '党员数（名）', children: [{ label: '合计', key: '党员数' }, { label: '其中：女党员', key: '其中：女党员' }] });
  return t;
}
function recomputeOrg(v, d) { v['覆盖率'] = pct(v['建立党组织的单位数'], v['单位数'], d); v['未建立党组织的单位数'] = v['单位数'] - v['建立党组织的单位数']; }
function orgForm(o = {}) {
  let rows;
  const d = o.d ?? 1;
  if (o.byTown) {
    const towns = TOWNS.slice(0, o.n || 28);
    rows = towns.map(t => ({ label: t, vals: orgVals(ri(8, 160), o) }));
    const tot = addObj(rows.map(x => x.vals)); recomputeOrg(tot, d);
    rows = [{ label: '合计', vals: tot }, ...rows];
  } else {
    const ind = INDUSTRIES.map(l => ({ label: '  ' + l, vals: orgVals(ri(20, 600), o) }));
    const fp = addObj(ind.map(x => x.vals)); recomputeOrg(fp, d);
    const scaleUnits = Math.round(fp['单位数'] * 0.25);
    const sc = orgVals(scaleUnits, { covLo: 0.85, covHi: 0.99, d });
    // make 规模以上 subset fit within parent
    for (const k of Object.keys(sc)) if (k !== '覆盖率' && sc[k] > fp[k]) sc[k] = fp[k];
    sc['党组织总数'] = sc['党委'] + sc['党总支'] + sc['党支部']; recomputeOrg(sc, d);
    const st = orgVals(ri(80, 300), { covLo: 0.4, covHi: 0.8, d });
    const assoc = orgVals(Math.round(st['单位数'] * 0.4), { covLo: 0.7, covHi: 0.95, d });
    for (const k of Object.keys(assoc)) if (k !== '覆盖率' && assoc[k] > st[k]) assoc[k] = st[k];
    assoc['党组织总数'] = assoc['党委'] + assoc['党总支'] + assoc['党支部']; recomputeOrg(assoc, d);
    const mf = orgVals(ri(120, 400), { covLo: 0.5, covHi: 0.85, d });
    const fd = orgVals(ri(3, 15), { covLo: 0.3, covHi: 0.7, d });
    const so = addObj([st, mf, fd]); recomputeOrg(so, d);
    const tot = addObj([fp, so]); recomputeOrg(tot, d);
    rows = [
      { label: '总计', vals: tot }, { label: '一、非公有制企业', vals: fp }, { label: '其中：规模以上企业', vals: sc }, { label: '按行业分：' }, ...ind,
      { label: '二、社会组织', vals: so }, { label: '社会团体', vals: st }, { label: '其中：行业协会商会', vals: assoc }, { label: '民办非企业单位', vals: mf }, { label: '基金会', vals: fd },
    ];
  }
  const tree = orgTree(o);
  // sanity: joint <= zhibu
  return {
    name: o.sheet || '党组织覆盖', title: o.title || '非公有制企业和社会组织党组织建设情况统计表', sub: ['填报单位：中共某某县委组织部', '单位：个、名、%'],
    firstHeader: o.byTown ? '乡镇（街道）' : '项目', tree, note: true, codes: o.codes !== false, blankZero: o.blankZero !== false, rows,
    footer: '注：覆盖率=建立党组织的单位数÷单位数×100%。',
  };
}

// D: flow form
function flowVals(N0, o = {}) {
  const dev = Math.round(N0 * ru(0.01, 0.06));
  const tin = Math.round(N0 * ru(0.02, 0.12));
  const death = Math.round(N0 * ru(0, 0.012));
  const tout = Math.round(N0 * ru(0.02, 0.1));
  const exp = rnd() < 0.25 ? ri(1, 2) : 0;
  const v = { 年初党员数: N0, 发展党员: dev, 转入: tin, 增加合计: dev + tin, 死亡: death, 转出: tout, 出党: exp, 减少合计: death + tout + exp };
  v['年末党员数'] = N0 + v['增加合计'] - v['减少合计'];
  if (o.restore) { v['恢复党籍'] = rnd() < 0.1 ? 1 : 0; v['增加合计'] += v['恢复党籍']; v['年末党员数'] += v['恢复党籍']; }
  return v;
}
function flowTree(o = {}) {
  const inc = [{ label: '合计', key: '增加合计' }, { label: '发展党员', key: '发展党员' }, { label: '转入', key: '转入' }];
  if (o.restore) inc.push({ label: '恢复党籍', key: '恢复党籍' });
  return [
    { label: '年初党员数', key: '年初党员数' },
    { label: '本年增加', children: inc },
    { label: '本年减少', children: [{ label: '合计', key: '减少合计' }, { label: '死亡', key: '死亡' }, { label: '转出', key: '转出' }, { label: '出党', key: '出党' }] },
    { label: '年末党员数', key: '年末党员数' },
  ];
}
function flowForm(o = {}) {
  let rows;
  if (o.byTown) {
    rows = TOWNS.slice(0, o.n || 27).map(t => ({ label: t, vals: flowVals(ri(15, 300), o) }));
    rows = [{ label: o.totLabel || '合计', vals: addObj(rows.map(x => x.vals)) }, ...rows];
  } else {
    const ind = INDUSTRIES.map(l => ({ label: '  ' + l, vals: flowVals(ri(40, 900), o) }));
    const fp = addObj(ind.map(x => x.vals));
    const st = flowVals(ri(150, 600), o), mf = flowVals(ri(200, 800), o), fd = flowVals(ri(8, 40), o);
    const so = addObj([st, mf, fd]);
    rows = [{ label: '总计', vals: addObj([fp, so]) }, { label: '一、非公有制企业', vals: fp }, { label: '按行业分：' }, ...ind, { label: '二、社会组织', vals: so }, { label: '社会团体', vals: st }, { label: '民办非企业单位', vals: mf }, { label: '基金会', vals: fd }];
  }
  return {
    name: o.sheet || '党员变动', title: o.title || '非公有制企业和社会组织党员增减变化情况', sub: ['填报单位：中共某某县委组织部', '单位：名'],
    firstHeader: o.byTown ? '乡镇（街道）' : '项目', tree: flowTree(o), note: true, codes: o.codes !== false, blankZero: o.blankZero !== false, rows,
    footer: '填表说明：年末党员数=年初党员数+本年增加-本年减少。',
  };
}

// E: growth form (上年 vs 本年)
function growthForm(o = {}) {
  const mk = () => {
    const p0 = ri(20, 700), o0 = ri(3, 40);
    const p1 = Math.max(5, p0 + Math.round(p0 * ru(-0.08, 0.15)));
    const o1 = Math.max(1, o0 + ri(-3, 5));
    return { 上年党员: p0, 本年党员: p1, 增减: p1 - p0, 党员增长: pct(p1 - p0, p0, 1), 上年组织: o0, 本年组织: o1, 组织增长: pct(o1 - o0, o0, 1) };
  };
  let rows = TOWNS.slice(0, o.n || 25).map(t => ({ label: t, vals: mk() }));
  const tot = addObj(rows.map(x => x.vals));
  tot['党员增长'] = pct(tot['本年党员'] - tot['上年党员'], tot['上年党员'], 1);
  tot['组织增长'] = pct(tot['本年组织'] - tot['上年组织'], tot['上年组织'], 1);
  rows = [{ label: '合计', vals: tot }, ...rows];
  const tree = [
    { label: '党员数（名）', children: [{ label: '上年末', key: '上年党员' }, { label: '本年末', key: '本年党员' }, { label: '增减数', key: '增减', keepZero: true }, { label: '增长（%）', key: '党员增长', fmt: '0.0', keepZero: true }] },
    { label: '党组织数（个）', children: [{ label: '上年末', key: '上年组织' }, { label: '本年末', key: '本年组织' }, { label: '增长（%）', key: '组织增长', fmt: '0.0', keepZero: true }] },
  ];
  return {
    name: o.sheet || '增长情况', title: '非公有制企业党员和党组织增长情况', sub: ['填报单位：中共某某县委组织部', '单位：名、个、%'],
    firstHeader: '乡镇（街道）', tree, note: true, codes: true, blankZero: false, rows, footer: '',
  };
}

// ---------- cases ----------
const manifest = {};
async function write(file, specs, plant) {
  const wb = new ExcelJS.Workbook();
  let entry = null;
  for (const sp of specs) {
    if (plant && plant.sheet === sp.name) {
      const row = sp.rows.find(r => r.label === plant.row);
      if (!row) throw new Error('no row ' + plant.row + ' in ' + file);
      const old = row.vals[plant.key];
      const nv = typeof plant.to === 'function' ? plant.to(old) : plant.to;
      row.vals[plant.key] = nv;
      entry = { old, nv };
    }
    const addr = renderSheet(wb, sp);
    if (plant && plant.sheet === sp.name) {
      const a = addr[plant.row + '|' + plant.key];
      entry = { cell: `${sp.name}!${a}`, note: `${plant.row} / ${plant.key}: changed from ${entry.old ?? '(blank)'} to ${entry.nv}. ${plant.why}` };
    }
  }
  await wb.xlsx.writeFile(path.join(OUT, file));
  manifest[file] = entry;
}

(async () => {
  // ---- clean ----
  setSeed(1); await write('c01_town_comp.xlsx', [townComp({ n: 26 })]);
  setSeed(2); await write('c02_town_comp_3row_top.xlsx', [townComp({ n: 30, top: true, totLabel: '总计' })]);
  setSeed(3); await write('c03_town_comp_prob_minority.xlsx', [townComp({ n: 28, prob: true, minority: true, unit: '中共某某自治县委组织部' })]);
  setSeed(4); await write('c04_cat_comp.xlsx', [catComp({})]);
  setSeed(5); await write('c05_cat_comp_3row_prob.xlsx', [catComp({ top: true, prob: true })]);
  setSeed(6); await write('c06_org_cat.xlsx', [orgForm({})]);
  setSeed(7); await write('c07_org_town_split.xlsx', [orgForm({ byTown: true, split: true, n: 30 })]);
  setSeed(8); await write('c08_org_town_2dp.xlsx', [orgForm({ byTown: true, n: 26, d: 2 })]);
  setSeed(9); await write('c09_flow_town.xlsx', [flowForm({ byTown: true, n: 28 })]);
  setSeed(10); await write('c10_flow_cat_restore.xlsx', [flowForm({ restore: true })]);
  setSeed(11); await write('c11_growth_town.xlsx', [growthForm({ n: 27 })]);
  setSeed(12); await write('c12_multi_sheet.xlsx', [townComp({ n: 25, sheet: '表1党员构成' }), orgForm({ byTown: true, n: 25, sheet: '表2党组织' }), flowForm({ byTown: true, n: 25, sheet: '表3党员变动' })]);
  setSeed(13); await write('c13_town_comp_nocodes_zeros.xlsx', [townComp({ n: 32, codes: false, blankZero: false, lo: 5, hi: 120 })]);
  setSeed(14); await write('c14_org_cat_pctfrac.xlsx', [orgForm({ pctFmt: 'pctFrac' })]);
  setSeed(15); await write('c15_town_comp_noedu_small.xlsx', [townComp({ n: 30, noEdu: true, lo: 3, hi: 45, title: '社会组织党员基本情况统计表', fh: '乡镇（街道）' })]);
  setSeed(16); await write('c16_flow_town_zongji.xlsx', [flowForm({ byTown: true, n: 32, totLabel: '总计', blankZero: false })]);
  setSeed(17); await write('c17_cat_comp_codes_text.xlsx', [Object.assign(catComp({}), { codesText: true })]);

  // ---- planted (same generator, different seeds, one cell changed) ----
  setSeed(101); await write('p01_town_comp_female.xlsx', [townComp({ n: 26 })], { sheet: '表1', row: '马集镇', key: '女', to: v => v + 9, why: '性别 男+女 no longer equals 党员总数 (and 合计 column sum off)' });
  setSeed(102); await write('p02_town_comp_age.xlsx', [townComp({ n: 28, top: true })], { sheet: '表1', row: '双河镇', key: '46-55岁', to: v => v - 12, why: 'age group no longer sums to 党员总数' });
  setSeed(103); await write('p03_cat_comp_edu.xlsx', [catComp({})], { sheet: '非公和社会组织党员', row: '  建筑业', key: '大学本科', to: v => v + 25, why: 'education group no longer sums to 党员总数' });
  setSeed(104); await write('p04_town_comp_total.xlsx', [townComp({ n: 27 })], { sheet: '表1', row: '合计', key: '党员总数', to: v => v + 100, why: '合计 党员总数 is not the column sum and not 男+女' });
  setSeed(105); await write('p05_cat_comp_total_edu.xlsx', [catComp({ top: true })], { sheet: '非公和社会组织党员', row: '总计', key: '大学专科', to: v => v - 40, why: '总计 大学专科 wrong: not column sum, and 学历 group of 总计 row does not sum' });
  setSeed(106); await write('p06_flow_town_end.xlsx', [flowForm({ byTown: true, n: 28 })], { sheet: '党员变动', row: '太平镇', key: '年末党员数', to: v => v + 15, why: 'flow does not balance: 年初+增加-减少 != 年末' });
  setSeed(107); await write('p07_flow_cat_transfer.xlsx', [flowForm({})], { sheet: '党员变动', row: '  制造业', key: '转入', to: v => v + 20, why: '本年增加合计 != 发展党员+转入' });
  setSeed(108); await write('p08_org_cat_coverage.xlsx', [orgForm({})], { sheet: '党组织覆盖', row: '  建筑业', key: '覆盖率', to: v => Math.round((v - 12.5) * 10) / 10, why: 'coverage rate off by 12.5 points' });
  setSeed(109); { const sp = catComp({}); const st = sp.rows.find(r => r.label === '社会团体').vals; const a = sp.rows.find(r => r.label === '其中：行业协会商会').vals;
    await write('p09_cat_comp_qizhong.xlsx', [sp], { sheet: '非公和社会组织党员', row: '其中：行业协会商会', key: '女', to: st['女'] + 30, why: `其中 part (行业协会商会 女) now exceeds its whole (社会团体 女=${st['女']}); also 男+女 != 党员总数 for that row` }); }
  setSeed(110); await write('p10_growth_rate.xlsx', [growthForm({ n: 26 })], { sheet: '增长情况', row: '青石镇', key: '党员增长', to: v => Math.round((v + 6) * 10) / 10, why: 'growth rate contradicts 上年末/本年末 by 6 points' });
  setSeed(111); await write('p11_org_town_total_orgs.xlsx', [orgForm({ byTown: true, n: 28 })], { sheet: '党组织覆盖', row: '龙泉镇', key: '党组织总数', to: v => v + 4, why: '党组织总数 != 党委+党总支+党支部' });
  setSeed(112); await write('p12_town_comp_minority.xlsx', [townComp({ n: 30, minority: true })], { sheet: '表1', row: '白沙镇', key: '少数民族', to: v => v + 18, why: '汉族+少数民族 != 党员总数' });
  setSeed(113); { const sp = orgForm({}); const st = sp.rows.find(r => r.label === '社会团体').vals;
    await write('p13_org_cat_joint.xlsx', [sp], { sheet: '党组织覆盖', row: '社会团体', key: '联合党支部', to: st['党支部'] + 6, why: `其中：联合党支部 larger than 党支部 小计 (${st['党支部']}); 二、社会组织 column sum also off` }); }

  setSeed(114); await write('p14_town_comp_3row_gender.xlsx', [townComp({ n: 27, top: true })], { sheet: '表1', row: '新店镇', key: '男', to: v => v - 20, why: '3-row header: 男+女 != 党员总数 (合计 column sum off too)' });
  setSeed(115); await write('p15_cat_comp_age_leaf.xlsx', [catComp({})], { sheet: '非公和社会组织党员', row: '  批发和零售业', key: '36-45岁', to: v => v + 30, why: 'age group no longer sums to 党员总数; 一、非公有制企业 column sum off' });
  fs.writeFileSync('/tmp/round54b/manifest.json', JSON.stringify(manifest, null, 1));
  console.log(Object.keys(manifest).length, 'files');
})();
