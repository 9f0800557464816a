'use strict';
const L = require('./lib.js');
const { LV, SHORT, genEntity, genPrivate, sumEnts, newTable, addRow, emitTree, entTree, rnd, nearHalf, fix, perturb, CN_NUM } = L;

const hdr = (name, unit, o) => (o.unitsInHeader && unit ? `${name}（${unit}）` : name);
const lvName = (r, k) => r.pick(SHORT[k]);
function numberLabels(root, style) { // style: 'cn' | 'arabic' | null
  if (!style) return;
  (root.children || []).forEach((k, i) => {
    if (style === 'cn') k.label = CN_NUM[i] + '、' + k.label;
    else k.label = (i + 1) + '.' + k.label;
    (k.children || []).forEach((g, j) => { g.label = (style === 'cn' ? '（' + CN_NUM[j] + '）' : (i + 1) + '.' + (j + 1) + ' ') + g.label; });
  });
}
function groupUnits(r, ctx, kids, o) {
  if (!r.chance(0.35)) return kids;
  const cls = ctx.isCounty ? [['街道', (x) => x.endsWith('街道')], ['镇', (x) => x.endsWith('镇')], ['乡', (x) => x.endsWith('乡')]]
    : [['市辖区', (x) => x.endsWith('区')], ['县（市）', (x) => !x.endsWith('区')]];
  const gs = cls.map(([name, f]) => ({ name, children: kids.filter((k) => f(k.label)) })).filter((g) => g.children.length);
  if (gs.length < 2) return kids;
  const bottomWord = r.pick(['小计', 'name小计']);
  return gs.map((g) => (g.children.length === 1 ? g.children[0] : { label: o.subTop ? g.name : bottomWord.replace('name', g.name), children: g.children }));
}
const areaWord = (ctx) => (ctx.isCounty ? '乡镇（街道）' : '县（市、区）');

// 1. 各级各类学校基本情况 (rows = levels)
function bLevel(r, ctx, o) {
  const isC = ctx.isCounty;
  let keys = ['kg', 'pri', 'jun', 'sen', 'voc', 'spe'];
  if (isC) keys = keys.filter((k) => !((k === 'voc' || k === 'spe') && r.chance(0.3)));
  const scale = isC ? r.u(0.6, 1.4) : r.u(3, 7);
  const groups = r.chance(0.35);
  const priv = r.chance(0.7);
  const leaf = {};
  const partition = r.chance(0.3);
  const zones = { 城区: [], 镇区: [], 乡村: [] };
  for (const k of keys) {
    let ent;
    if (partition) {
      const zs = Object.keys(zones).map((z, i) => genEntity(r, k, { scale: (k === 'spe' ? 1 : scale) * [0.45, 0.35, 0.25][i] }));
      if (k === 'spe') zs.splice(1);
      zs.forEach((e, i) => zones[Object.keys(zones)[i]].push(e));
      ent = sumEnts(zs);
    } else ent = genEntity(r, k, { scale: k === 'spe' ? (isC ? 1 : r.i(1, 3)) : scale });
    const node = { label: lvName(r, k), ent, qz: [] };
    if (priv && LV[k].priv[1] > 0 && r.chance(0.85)) { const pe = genPrivate(r, k, ent); if (pe) node.qz.push({ label: '民办', ent: pe }); }
    leaf[k] = node;
  }
  let children;
  if (groups) {
    children = [];
    if (leaf.kg) { leaf.kg.label = '学前教育'; children.push(leaf.kg); }
    children.push({ label: '义务教育', children: [leaf.pri, leaf.jun] });
    const hs = [leaf.sen, leaf.voc].filter(Boolean);
    children.push(hs.length > 1 ? { label: '高中阶段教育', children: hs } : hs[0]);
    if (leaf.spe) children.push(leaf.spe);
  } else children = keys.map((k) => leaf[k]);
  const root = { label: ctx.totalLabel, children, qz: [] };
  entTree(root);
  const privEnts = keys.map((k) => leaf[k].qz[0]).filter(Boolean).map((q) => q.ent);
  if (partition) Object.keys(zones).forEach((z) => root.qz.push({ label: z, ent: sumEnts(zones[z]), partition: true }));
  else if (priv && privEnts.length && r.chance(0.6)) root.qz.push({ label: '民办', ent: sumEnts(privEnts) });
  numberLabels(root, groups ? r.pick(['cn', 'cn', null]) : (r.chance(0.2) ? 'arabic' : null));
  const femS = r.chance(0.3), femT = r.chance(0.3), ratioText = r.chance(0.3), classes = r.chance(0.7);
  const cols = [];
  const add = (c) => { cols.push(c); return cols.length - 1; };
  add({ path: [hdr('学校数', '所', o)], kind: 'field', field: 'schools' });
  if (classes) add({ path: [hdr(r.pick(['班数', '教学班数']), '个', o)], kind: 'field', field: 'classes' });
  let sc;
  if (femS) { sc = add({ path: [hdr('在校生数', '人', o), '合计'], kind: 'field', field: 'students' }); add({ path: [hdr('在校生数', '人', o), '其中：女'], kind: 'qzcol', field: 'fstudents', of: sc }); }
  else sc = add({ path: [hdr('在校生数', '人', o)], kind: 'field', field: 'students' });
  add({ path: [hdr('招生数', '人', o)], kind: 'field', field: 'enrol' });
  add({ path: [hdr('毕业生数', '人', o)], kind: 'field', field: 'grads' });
  let tc;
  if (femT) { tc = add({ path: [hdr('专任教师数', '人', o), '合计'], kind: 'field', field: 'teachers' }); add({ path: [hdr('专任教师数', '人', o), '其中：女'], kind: 'qzcol', field: 'fteachers', of: tc }); }
  else tc = add({ path: [hdr('专任教师数', '人', o)], kind: 'field', field: 'teachers' });
  add({ path: [ratioText ? '生师比' : hdr('生师比', '教师=1', o)], kind: 'ratio', num: sc, den: tc, scale: 1, dp: 2, text: ratioText ? ':1' : null });
  if (r.chance(0.25)) add({ path: ['在校生占比（%）'], kind: 'share', of: sc, dp: r.pick([1, 2]) });
  const t = newTable({ title: `${ctx.year}年${ctx.name}各级各类学校基本情况`, unit: o.unitsInHeader ? null : '单位：所、个、人', stub: r.pick(['学校类别', '项目', '类别']) });
  emitTree(t, root, cols, { totalTop: o.totalTop, subTop: true, gapAfterTotal: o.gapAfterTotal });
  if (partition) { // 城区+镇区+乡村 = 总计
    const prow = root.qz.map((q) => q.row);
    t.cols.forEach((c, j) => { const kind = cols[j].kind; if (['field', 'qzcol'].includes(kind)) t.rels.push({ type: 'sum', t: [root.row, j], parts: prow.map((p) => [p, j]), tol: 0, cat: 'total', dir: 'col' }); });
  }
  t.notes = r.pick([[], ['注：生师比=在校生数÷专任教师数。'], ['注：1.本表数据不含技工学校。', `2.统计时点为${ctx.year}年9月30日。`], ['资料来源：' + ctx.name + '教育局']]);
  return t;
}

// 2. 分县区 分学段 (two-level header)
function bAreaLevels(r, ctx, o) {
  const isC = ctx.isCounty;
  const lvls = r.pick([['pri', 'jun'], ['kg', 'pri', 'jun'], ['pri', 'jun', 'sen']]).filter((k) => !(isC && k === 'sen'));
  const units = ctx.units.slice(0, r.i(Math.min(6, ctx.units.length), ctx.units.length));
  const withTot = r.chance(0.4);
  const fieldsSel = r.pick([['schools', 'students', 'teachers', 'ratio'], ['schools', 'students', 'teachers'], ['schools', 'classes', 'students', 'teachers'], ['students', 'teachers', 'ratio']]);
  const kids = units.map((u) => {
    const ent = {};
    for (const k of lvls) ent[k] = genEntity(r, k, { scale: isC ? r.u(0.08, 0.25) : r.u(0.4, 1.6) });
    if (withTot) ent.tot = sumEnts(lvls.map((k) => ent[k]));
    return { label: u, ent };
  });
  const root = { label: ctx.totalLabel, children: groupUnits(r, ctx, kids, o) };
  entTree(root);
  const names = { schools: ['学校数', '所'], classes: ['班数', '个'], students: ['在校生数', '人'], teachers: ['专任教师', '人'] };
  const cols = [];
  const groupsL = (withTot ? ['tot'] : []).concat(lvls);
  const idx = {};
  for (const g of groupsL) {
    const gname = g === 'tot' ? '合计' : lvName(r, g);
    for (const f of fieldsSel) {
      if (f === 'ratio') { cols.push({ path: [gname, '生师比'], kind: 'ratio', num: idx[g + 'students'], den: idx[g + 'teachers'], scale: 1, dp: 2, text: null }); continue; }
      if (g === 'tot') cols.push({ path: [gname, hdr(names[f][0], names[f][1], o)], kind: 'sumcols', field: 'tot.' + f, parts: [] });
      else cols.push({ path: [gname, hdr(names[f][0], names[f][1], o)], kind: 'field', field: g + '.' + f });
      idx[g + f] = cols.length - 1;
    }
  }
  if (withTot) cols.forEach((c) => { if (c.kind === 'sumcols') { const f = c.field.split('.')[1]; c.parts = lvls.map((k) => idx[k + f]); } });
  const t = newTable({ title: `${ctx.year}年${ctx.name}分${isC ? '乡镇' : '县（市、区）'}义务教育${lvls.includes('sen') ? '及高中' : ''}学校基本情况`, unit: o.unitsInHeader ? null : '单位：所、人', stub: areaWord(ctx) });
  emitTree(t, root, cols, { totalTop: o.totalTop, subTop: o.subTop, gapAfterTotal: o.gapAfterTotal });
  t.notes = r.pick([[], ['注：含九年一贯制学校、十二年一贯制学校相应学段。']]);
  t.long = true;
  return t;
}

// 3. 学生变动情况 (balance)
function bBalance(r, ctx, o) {
  const isC = ctx.isCounty;
  const keys = ['kg', 'pri', 'jun', 'sen', 'voc', 'spe'].filter((k) => !(isC && k === 'voc' && r.chance(0.4)));
  const scale = isC ? r.u(0.6, 1.4) : r.u(3, 7);
  const priv = r.chance(0.4);
  const children = keys.map((k) => {
    const ent = genEntity(r, k, { scale: k === 'spe' ? 1 : scale });
    const n = { label: lvName(r, k), ent, qz: [] };
    if (priv && LV[k].priv[1] > 0 && r.chance(0.6)) { const pe = genPrivate(r, k, ent); if (pe) n.qz.push({ label: '民办', ent: pe }); }
    return n;
  });
  const root = entTree({ label: ctx.totalLabel, children });
  const complex = r.chance(0.5);
  let cols;
  if (complex) {
    cols = [
      { path: ['上学年初报表在校生数'], kind: 'field', field: 'start' },
      { path: ['增加学生数', '合计'], kind: 'sumcols', field: 'incTot', parts: [2, 3, 4] },
      { path: ['增加学生数', '招生'], kind: 'field', field: 'enrol' },
      { path: ['增加学生数', '转入'], kind: 'field', field: 'transIn' },
      { path: ['增加学生数', '其他'], kind: 'field', field: 'otherIn' },
      { path: ['减少学生数', '合计'], kind: 'sumcols', field: 'decTot', parts: [6, 7, 8, 9] },
      { path: ['减少学生数', '毕业'], kind: 'field', field: 'grads' },
      { path: ['减少学生数', '转出'], kind: 'field', field: 'transOut' },
      { path: ['减少学生数', r.pick(['辍学', '休学及辍学'])], kind: 'field', field: 'dropout' },
      { path: ['减少学生数', '其他'], kind: 'field', field: 'otherOut' },
      { path: ['本学年初报表在校生数'], kind: 'balance', field: 'students', plus: [0, 1], minus: [5] },
    ];
  } else {
    cols = [
      { path: ['期初在校生数'], kind: 'field', field: 'startS' },
      { path: ['招生数'], kind: 'field', field: 'enrol' },
      { path: ['毕业生数'], kind: 'field', field: 'grads' },
      { path: [r.pick(['其他减少', '转出及其他减少'])], kind: 'field', field: 'othDec' },
      { path: ['期末在校生数'], kind: 'balance', field: 'students', plus: [0, 1], minus: [2, 3] },
    ];
  }
  const t = newTable({ title: `${ctx.year}年${ctx.name}各级学校学生变动情况`, unit: '单位：人', stub: r.pick(['学校类别', '项目']) });
  emitTree(t, root, cols, { totalTop: o.totalTop, subTop: o.subTop, gapAfterTotal: o.gapAfterTotal });
  t.notes = complex ? r.pick([[], ['注：本学年初报表在校生数=上学年初报表在校生数+增加学生数-减少学生数。']]) : r.pick([[], ['注：期末在校生数=期初在校生数+招生数-毕业生数-其他减少。']]);
  return t;
}

// 4. 两年对比 (rows = indicators)
function bCompare(r, ctx, o) {
  const isC = ctx.isCounty;
  const keys = ['kg', 'pri', 'jun', 'sen', 'voc', 'spe'].filter((k) => !(isC && k === 'voc'));
  const scale = isC ? r.u(0.6, 1.4) : r.u(3, 7);
  const cur = {}, prev = {}, prev2 = {};
  for (const k of keys) { cur[k] = genEntity(r, k, { scale: k === 'spe' ? 1 : scale }); prev[k] = perturb(r, cur[k]); prev2[k] = perturb(r, prev[k]); if (k === 'spe') prev2[k].schools = prev[k].schools = cur[k].schools; }
  const y1 = ctx.year - 1, y2 = ctx.year;
  const three = r.chance(0.25);
  const wan = !isC && r.chance(0.5);
  const exactGrowth = wan && o.precise && r.chance(0.6);
  const unitCol = r.chance(0.5);
  const groups = [
    { name: '学校数', unit: '所', field: 'schools', parts: r.chance(0.6) },
    { name: '在校生数', unit: wan ? '万人' : '人', field: 'students', parts: r.chance(0.8), wan },
    { name: '招生数', unit: wan ? '万人' : '人', field: 'enrol', parts: r.chance(0.3), wan, opt: true },
    { name: '毕业生数', unit: wan ? '万人' : '人', field: 'grads', parts: r.chance(0.3), wan, opt: true },
    { name: '专任教师数', unit: '人', field: 'teachers', parts: r.chance(0.5) },
  ].filter((g) => !g.opt || r.chance(0.5));
  const gdp = r.pick([1, 1, 2]);
  const numG = r.chance(0.4);
  const hasDiff = r.chance(0.8);
  const t = newTable({ title: `${ctx.name}教育事业发展主要指标（${y1}—${y2}年）`, unit: null, stub: '指标' });
  if (unitCol) t.cols.push({ path: ['单位'] });
  const c0y = three ? t.cols.length : null; if (three) t.cols.push({ path: [(y1 - 1) + '年'] });
  const cP = t.cols.length; t.cols.push({ path: [y1 + '年'] }); t.cols.push({ path: [y2 + '年'] });
  const cD = hasDiff ? t.cols.length : null; if (hasDiff) t.cols.push({ path: ['增减'] });
  const cG = t.cols.length; t.cols.push({ path: [r.pick(['增长（%）', '增长率（%）', '比上年增长（%）'])] });
  const shown = (x, g) => (g.wan ? rnd(x / 1e4, 2) : x);
  const rowIdx = {};
  let gi = 0;
  for (const g of groups) {
    const mk = (label, depth, pv, cv, role, p2v) => {
      const vals = [];
      if (unitCol) vals[0] = { v: g.unit, fmt: 'text' };
      const dp = g.wan ? 2 : 0;
      if (g.wan && (nearHalf(pv / 1e4, 2) || nearHalf(cv / 1e4, 2) || nearHalf(p2v / 1e4, 2))) throw new Error('retry');
      const p = shown(pv, g), c = shown(cv, g);
      if (three) vals[c0y] = { v: shown(p2v, g), fmt: dp ? 'd2' : 'int' };
      vals[cP] = { v: p, fmt: dp ? 'd2' : 'int' }; vals[cP + 1] = { v: c, fmt: dp ? 'd2' : 'int' };
      const ri = addRow(t, { label, depth, role, blankBefore: depth === 0 && gi > 0 }, vals);
      if (hasDiff) { vals[cD] = { v: fix(c - p), fmt: dp ? 'd2' : 'int' }; t.rels.push({ type: 'diff', t: [ri, cD], prev: [ri, cP], cur: [ri, cP + 1], tol: 0, cat: 'change' }); }
      if (g.wan && exactGrowth) {
        const x = (cv - pv) / pv * 100; if (nearHalf(x, gdp)) throw new Error('retry');
        vals[cG] = { v: rnd(x, gdp), fmt: 'd' + gdp, exact: x, isPct: true };
        t.rels.push({ type: 'growthI', t: [ri, cG], prev: [ri, cP], cur: [ri, cP + 1], pp: 0.005, pc: 0.005, dp: gdp, cat: 'change' });
        return ri;
      }
      const x = (c - p) / p * 100; if (nearHalf(x, gdp)) throw new Error('retry');
      vals[cG] = { v: rnd(x, gdp), fmt: 'd' + gdp, exact: x, isPct: true };
      t.rels.push({ type: 'growth', t: [ri, cG], prev: [ri, cP], cur: [ri, cP + 1], dp: gdp, cat: 'change' });
      return ri;
    };
    const tp = keys.reduce((a, k) => a + prev[k][g.field], 0), tc = keys.reduce((a, k) => a + cur[k][g.field], 0), tp2 = keys.reduce((a, k) => a + prev2[k][g.field], 0);
    const glabel = (numG ? CN_NUM[gi] + '、' : '') + g.name + (unitCol ? '' : '（' + g.unit + '）');
    const tr = mk(glabel, 0, tp, tc, 'total', tp2);
    rowIdx[g.field] = { tot: tr };
    if (g.field === 'teachers' && r.chance(0.5)) {
      const fp = keys.reduce((a, k) => a + prev[k].fteachers, 0), fc = keys.reduce((a, k) => a + cur[k].fteachers, 0), fp2 = keys.reduce((a, k) => a + prev2[k].fteachers, 0);
      const qr = mk('女', 1, fp, fc, 'qz', fp2); t.rows[qr].qzFirst = true;
      for (const c of (three ? [c0y] : []).concat([cP, cP + 1])) t.rels.push({ type: 'le', part: [qr, c], whole: [tr, c], cat: 'qz' });
    }
    if (g.parts) {
      const prs = keys.map((k) => { const ri = mk(SHORT[k][0], 1, prev[k][g.field], cur[k][g.field], 'part', prev2[k][g.field]); rowIdx[g.field][k] = ri; return ri; });
      const tol = g.wan ? 0.005 * prs.length : 0;
      const cs = [cP, cP + 1].concat(hasDiff ? [cD] : []).concat(three ? [c0y] : []);
      for (const c of cs) t.rels.push({ type: 'sum', t: [tr, c], parts: prs.map((p) => [p, c]), tol, cat: 'total', dir: 'col' });
    }
    gi++;
  }
  // 生师比 rows (only when students in 人)
  if (!wan && rowIdx.students && rowIdx.teachers) {
    const pairs = [['tot', '生师比']];
    if (rowIdx.students.pri != null && rowIdx.teachers.pri != null) pairs.push(['pri', '#小学生师比'.slice(1)], ['jun', '初中生师比']);
    pairs.forEach(([k, label], n) => {
      const vals = [];
      if (unitCol) vals[0] = { v: '教师=1', fmt: 'text' };
      const sr = rowIdx.students[k], tr = rowIdx.teachers[k];
      const ri = addRow(t, { label: (n === 0 && numG ? CN_NUM[gi] + '、' : '') + label, depth: n === 0 ? 0 : 1, role: 'item', blankBefore: n === 0 }, vals);
      for (const c of (three ? [c0y] : []).concat([cP, cP + 1])) {
        const x = t.cells[sr][c].v / t.cells[tr][c].v; if (nearHalf(x, 2)) throw new Error('retry');
        vals[c] = { v: rnd(x, 2), fmt: 'd2', exact: x, raw: false };
        t.rels.push({ type: 'ratio', t: [ri, c], num: [sr, c], den: [tr, c], scale: 1, dp: 2, cat: 'rate' });
      }
      if (hasDiff) { vals[cD] = { v: fix(vals[cP + 1].v - vals[cP].v), fmt: 'd2' }; t.rels.push({ type: 'diff', t: [ri, cD], prev: [ri, cP], cur: [ri, cP + 1], tol: 0, cat: 'change' }); }
      vals[cG] = { v: '—', fmt: 'text' };
    });
  }
  t.notes = exactGrowth ? ['注：增长速度按未经四舍五入的原始数据计算。'] : r.pick([[], ['注：增长率按表中数据计算。'], ['注：生师比增减为差值。']]);
  if (three) t.notes.push(`注：增减、增长为${y2}年与${y1}年比较。`);
  return t;
}

// 5. 升学率 / 巩固率 / 入园率 by area
function bRates(r, ctx, o) {
  const isC = ctx.isCounty;
  const units = ctx.units.slice(0, r.i(Math.min(6, ctx.units.length), ctx.units.length));
  const which = r.pick([['sx'], ['gg'], ['ry'], ['sx', 'gg'], ['gg', 'ry'], ['sx', 'ry']]);
  const pct = r.chance(0.2);
  const dp = pct ? 4 : r.pick([1, 2, 2]);
  const kids = units.map((u) => {
    const s = isC ? r.u(0.05, 0.2) : r.u(0.5, 1.8);
    const grads9 = Math.round(r.u(3000, 7000) * s);
    const toSen = Math.round(grads9 * r.u(0.48, 0.64)), toVoc = Math.round(grads9 * r.u(0.25, 0.38));
    const entry = Math.round(grads9 / r.u(0.93, 0.995));
    const pop = Math.round(r.u(3500, 9000) * s), kids = Math.round(pop * r.u(0.84, 0.98));
    return { label: u, ent: { grads9, toTot: toSen + toVoc, toSen, toVoc, entry, pop, kids } };
  });
  const root = entTree({ label: ctx.totalLabel, children: kids });
  const cols = [];
  const rateCol = (path, num, den) => cols.push({ path, kind: 'ratio', num, den, scale: pct ? 1 : 100, dp, pct });
  const pfx = which.length > 1;
  if (which.includes('sx')) {
    const g = '初中毕业生升学';
    const a = cols.length;
    cols.push({ path: pfx ? [g, '毕业生数（人）'] : ['初中毕业生数（人）'], kind: 'field', field: 'grads9' });
    if (r.chance(0.5)) {
      cols.push({ path: [pfx ? g : '升入高中阶段学校人数（人）', pfx ? '升学人数' : '合计'], kind: 'sumcols', field: 'toTot', parts: [a + 2, a + 3] });
      cols.push({ path: [pfx ? g : '升入高中阶段学校人数（人）', pfx ? '#普通高中'.slice(1) : '普通高中'], kind: 'qzcol', field: 'toSen', of: a + 1 });
      cols.push({ path: [pfx ? g : '升入高中阶段学校人数（人）', '中等职业学校'], kind: 'qzcol', field: 'toVoc', of: a + 1 });
    } else cols.push({ path: pfx ? [g, '升学人数（人）'] : ['升入高中阶段学校人数（人）'], kind: 'field', field: 'toTot' });
    rateCol(pfx ? [g, pct ? '升学率' : '升学率（%）'] : [pct ? '升学率' : '升学率（%）'], a + 1, a);
  }
  if (which.includes('gg')) {
    const g = '九年义务教育巩固';
    const a = cols.length;
    cols.push({ path: pfx ? [g, `${ctx.year - 9}年小学一年级入学人数`] : [`${ctx.year - 9}年小学一年级入学人数（人）`], kind: 'field', field: 'entry' });
    cols.push({ path: pfx ? [g, `${ctx.year}年初中毕业生数`] : [`${ctx.year}年初中毕业生数（人）`], kind: 'field', field: 'grads9' });
    rateCol(pfx ? [g, '巩固率（%）'] : ['九年义务教育巩固率（%）'], a + 1, a);
  }
  if (which.includes('ry')) {
    const g = '学前三年毛入园';
    const a = cols.length;
    cols.push({ path: pfx ? [g, '3～5岁人口数'] : ['3～5岁常住人口数（人）'], kind: 'field', field: 'pop' });
    cols.push({ path: pfx ? [g, '在园幼儿数'] : ['在园幼儿数（人）'], kind: 'field', field: 'kids' });
    rateCol(pfx ? [g, '毛入园率（%）'] : ['学前三年毛入园率（%）'], a + 1, a);
  }
  const t = newTable({ title: `${ctx.year}年${ctx.name}${which.length > 1 ? '主要教育普及指标' : which[0] === 'sx' ? '初中毕业生升学情况' : which[0] === 'gg' ? '九年义务教育巩固率' : '学前教育毛入园率'}`, unit: null, stub: areaWord(ctx) });
  emitTree(t, root, cols, { totalTop: o.totalTop, subTop: o.subTop, gapAfterTotal: o.gapAfterTotal });
  t.notes = r.pick([[], ['注：巩固率=当年初中毕业生数÷九年前小学一年级入学人数×100%。'], ['注：升学率含升入技工学校人数。']].filter((n) => !n.length || which.includes(n[0].includes('巩固') ? 'gg' : 'sx')));
  t.long = true;
  return t;
}

// 6. 专任教师性别、学历
function bTeachers(r, ctx, o) {
  const isC = ctx.isCounty;
  const byArea = r.chance(0.35);
  let root;
  if (byArea) {
    const units = ctx.units.slice(0, r.i(Math.min(6, ctx.units.length), ctx.units.length));
    root = entTree({ label: ctx.totalLabel, children: units.map((u) => ({ label: u, ent: genEntity(r, r.pick(['pri', 'jun']), { scale: isC ? r.u(0.2, 0.6) : r.u(1, 3) }) })) });
  } else {
    const keys = ['kg', 'pri', 'jun', 'sen', 'voc', 'spe'].filter((k) => !(isC && k === 'voc'));
    const scale = isC ? r.u(0.6, 1.4) : r.u(3, 7);
    const ch = keys.map((k) => ({ label: lvName(r, k), ent: genEntity(r, k, { scale: k === 'spe' ? 1 : scale }) }));
    root = entTree({ label: ctx.totalLabel, children: ch });
  }
  const pct = r.chance(0.25);
  const dp = pct ? 4 : r.pick([1, 2]);
  const cols = [{ path: [hdr('专任教师数', '人', o)], kind: 'field', field: 'teachers' }, { path: ['其中：女'], kind: 'qzcol', field: 'fteachers', of: 0 }, { path: [pct ? '女教师占比' : '女教师占比（%）'], kind: 'ratio', num: 1, den: 0, scale: pct ? 1 : 100, dp, pct }];
  if (r.chance(0.6)) { cols.push({ path: [r.pick(['研究生学历', '其中：研究生学历'])], kind: 'qzcol', field: 'pgteachers', of: 0 }); }
  if (r.chance(0.5)) { cols.push({ path: [r.pick(['高级职称', '副高级及以上职称'])], kind: 'qzcol', field: 'senior', of: 0 }); cols.push({ path: ['高级职称占比（%）'], kind: 'ratio', num: cols.length - 1, den: 0, scale: 100, dp: 2 }); }
  const t = newTable({ title: `${ctx.year}年${ctx.name}${byArea ? '义务教育' : '各级各类学校'}专任教师情况`, unit: o.unitsInHeader ? null : '单位：人', stub: byArea ? areaWord(ctx) : '学校类别' });
  emitTree(t, root, cols, { totalTop: o.totalTop, subTop: o.subTop, gapAfterTotal: o.gapAfterTotal });
  t.long = byArea;
  return t;
}

// 7. 教育经费
function bFunding(r, ctx, o) {
  const isC = ctx.isCounty;
  const s = isC ? r.u(0.5, 1.5) : r.u(4, 12);
  const yi = !isC && r.chance(0.5); // 亿元
  const lf = (lo, hi, zero) => { if (zero && r.chance(zero)) return { p: 0, c: 0 }; const c = Math.round(r.u(lo, hi) * s); return { p: Math.round(c * r.u(0.9, 1.06)), c }; };
  const gp = lf(90000, 260000);
  const fee = lf(8000, 30000);
  const tf = r.u(0.6, 0.85); const tuition = { p: Math.round(fee.p * tf), c: Math.round(fee.c * tf * r.u(0.97, 1.04)) };
  const ef = r.u(0.08, 0.15); const eduFee = { p: Math.round(gp.p * ef), c: Math.round(gp.c * ef * r.u(0.96, 1.05)) };
  const root = {
    label: r.pick(['教育经费总投入', '总计', '合计']), children: [
      { label: '国家财政性教育经费', children: [
        { label: '一般公共预算安排的教育经费', ent: gp, qz: r.chance(0.6) ? [{ label: '教育费附加', ent: eduFee }] : [] },
        { label: '政府性基金预算安排的教育经费', ent: lf(1500, 15000) },
        { label: '企业办学中的企业拨款', ent: lf(10, 300, 0.7) },
        { label: '校办产业和社会服务收入用于教育的经费', ent: lf(20, 600, 0.3) },
      ] },
      { label: '民办学校中举办者投入', ent: lf(500, 6000) },
      { label: '捐赠收入', ent: lf(30, 400, 0.15) },
      { label: '事业收入', ent: fee, qz: r.chance(0.7) ? [{ label: '学费', ent: tuition }] : [] },
      { label: '其他教育经费', ent: lf(300, 3000) },
    ],
  };
  entTree(root);
  numberLabels(root, 'cn');
  const y1 = ctx.year - 1, y2 = ctx.year;
  const gdp = r.pick([1, 2]);
  const cols = yi
    ? [{ path: [y1 + '年'], kind: 'field', field: 'p', div: 1e4, dp: 2 }, { path: [y2 + '年'], kind: 'field', field: 'c', div: 1e4, dp: 2 }]
    : [{ path: [y1 + '年'], kind: 'field', field: 'p' }, { path: [y2 + '年'], kind: 'field', field: 'c' }];
  if (r.chance(0.4)) cols.push({ path: ['增减'], kind: 'diff', prev: 0, cur: 1, dp: yi ? 2 : 0 });
  cols.push({ path: [r.pick(['增长（%）', '比上年增长（%）'])], kind: 'growth', prev: 0, cur: 1, dp: gdp });
  if (r.chance(0.4)) cols.push({ path: [y2 + '年占总投入比重（%）'], kind: 'share', of: 1, dp: 2 });
  const t = newTable({ title: `${ctx.name}教育经费收入情况`, unit: yi ? '单位：亿元' : '单位：万元', stub: '项目' });
  emitTree(t, root, cols, { totalTop: true, indentUnderTotal: r.chance(0.5) });
  t.notes = r.pick([[], ['注：本表数据来源于教育经费统计年报。'], ['注：增长按本表所列数据计算。']]);
  t.dashOk = true;
  return t;
}

// 8. 校舍面积 (万平方米) 2D
function bArea(r, ctx, o) {
  const isC = ctx.isCounty;
  const keys = ['kg', 'pri', 'jun', 'sen', 'voc', 'spe'].filter((k) => !(isC && k === 'voc'));
  const scale = isC ? r.u(1.5, 3) : r.u(4, 9);
  const ch = keys.map((k) => ({ label: lvName(r, k), ent: genEntity(r, k, { scale: k === 'spe' ? 1 : scale }) }));
  const root = entTree({ label: ctx.totalLabel, children: ch });
  const u = '万平方米';
  const cols = [
    { path: ['合计'], kind: 'sumcols', field: 'area', div: 1e4, dp: 2, parts: [1, 2, 3, 4] },
    { path: ['教学及辅助用房'], kind: 'field', field: 'aTeach', div: 1e4, dp: 2 },
    { path: ['行政办公用房'], kind: 'field', field: 'aAdmin', div: 1e4, dp: 2 },
    { path: ['生活用房'], kind: 'field', field: 'aLife', div: 1e4, dp: 2 },
    { path: ['其他用房'], kind: 'field', field: 'aOther', div: 1e4, dp: 2 },
  ];
  if (r.chance(0.6)) cols.push({ path: ['#危房'.replace('#', r.pick(['其中：', '']))], kind: 'qzcol', field: 'aDanger', div: 1e4, dp: 2, of: 0 });
  const t = newTable({ title: `${ctx.year}年${ctx.name}各级各类学校校舍建筑面积`, unit: '单位：' + u, stub: '学校类别' });
  emitTree(t, root, cols, { totalTop: o.totalTop, subTop: o.subTop, gapAfterTotal: o.gapAfterTotal });
  t.notes = r.pick([[], ['注：不含租用校舍面积。']]);
  return t;
}

// 9. 分区域汇总 (counties), usually transposed
function bAreaSummary(r, ctx, o) {
  const isC = ctx.isCounty;
  const units = ctx.units.slice(0, r.i(Math.min(5, ctx.units.length), Math.min(9, ctx.units.length)));
  const kids = units.map((u) => ({ label: u, ent: sumEnts(['kg', 'pri', 'jun'].map((k) => genEntity(r, k, { scale: isC ? r.u(0.1, 0.3) : r.u(0.4, 1.4) }))) }));
  const root = entTree({ label: ctx.totalLabel, children: o.noGroups ? kids : groupUnits(r, ctx, kids, o) });
  const cols = [
    { path: [hdr('学校数', '所', o)], kind: 'field', field: 'schools' },
    { path: [hdr('在校生数', '人', o)], kind: 'field', field: 'students' },
    { path: [hdr('招生数', '人', o)], kind: 'field', field: 'enrol' },
    { path: [hdr('毕业生数', '人', o)], kind: 'field', field: 'grads' },
    { path: [hdr('专任教师数', '人', o)], kind: 'field', field: 'teachers' },
    { path: ['生师比'], kind: 'ratio', num: 1, den: 4, scale: 1, dp: 2 },
  ];
  const t = newTable({ title: `${ctx.year}年${ctx.name}分${isC ? '乡镇' : '县区'}基础教育基本情况`, unit: o.unitsInHeader ? null : '单位：所、人', stub: areaWord(ctx) });
  emitTree(t, root, cols, { totalTop: true, subTop: o.subTop, gapAfterTotal: o.gapAfterTotal });
  return t;
}

// 10. 学段 × 办别 with two stub columns
function bTwoStub(r, ctx, o) {
  const isC = ctx.isCounty;
  const keys = ['kg', 'pri', 'jun', 'sen', 'voc'].filter((k) => !(isC && k === 'voc'));
  const scale = isC ? r.u(0.6, 1.4) : r.u(3, 7);
  const sub = (a, b) => { if (typeof a === 'number') return a - b; const x = {}; for (const k of Object.keys(a)) x[k] = sub(a[k], b[k]); return x; };
  const kids = keys.map((k) => {
    for (let i = 0; i < 50; i++) {
      const tot = genEntity(r, k, { scale });
      const pv = genPrivate(r, k, tot); if (!pv) continue;
      const pub = sub(tot, pv);
      if (pub.schools < 1 || pub.teachers < 1 || pub.students < 1) continue;
      return { label: lvName(r, k), children: [{ label: r.pick(['公办', '教育部门办']), ent: pub }, { label: '民办', ent: pv }] };
    }
    throw new Error('retry');
  });
  const root = entTree({ label: ctx.totalLabel, children: kids });
  const cols = [
    { path: [hdr('学校数', '所', o)], kind: 'field', field: 'schools' },
    { path: [hdr('班数', '个', o)], kind: 'field', field: 'classes' },
    { path: [hdr('在校生数', '人', o)], kind: 'field', field: 'students' },
    { path: [hdr('专任教师数', '人', o)], kind: 'field', field: 'teachers' },
    { path: ['生师比'], kind: 'ratio', num: 2, den: 3, scale: 1, dp: 2 },
  ];
  if (r.chance(0.5)) cols.splice(3, 0, { path: [hdr('招生数', '人', o)], kind: 'field', field: 'enrol' }), cols[5].num = 2, cols[5].den = 4;
  const t = newTable({ title: `${ctx.year}年${ctx.name}分举办者学校情况`, unit: o.unitsInHeader ? null : '单位：所、个、人', stub: r.pick(['学段', '项目']) });
  t.twoStub = true; t.subTotalWord = r.pick(['合计', '小计', '计']);
  emitTree(t, root, cols, { totalTop: true, subTop: true });
  return t;
}

// 11. 万人 table with rates computed from unrounded data (precise)
function bLevelWan(r, ctx, o) {
  const keys = ['kg', 'pri', 'jun', 'sen', 'voc', 'spe'];
  const scale = r.u(6, 20);
  const ch = keys.map((k) => ({ label: lvName(r, k), ent: genEntity(r, k, { scale: k === 'spe' ? r.i(3, 8) : scale }) }));
  const root = entTree({ label: ctx.totalLabel, children: ch });
  const t = newTable({ title: `${ctx.year}年${ctx.name}各级各类学校学生、教师情况`, unit: null, stub: '学校类别' });
  const cols = [
    { path: ['学校数（所）'], kind: 'field', field: 'schools' },
    { path: ['在校生（万人）'], kind: 'field', field: 'students', div: 1e4, dp: 2 },
    { path: ['招生（万人）'], kind: 'field', field: 'enrol', div: 1e4, dp: 2 },
    { path: ['毕业生（万人）'], kind: 'field', field: 'grads', div: 1e4, dp: 2 },
    { path: ['专任教师（人）'], kind: 'field', field: 'teachers' },
  ];
  emitTree(t, root, cols, { totalTop: o.totalTop, gapAfterTotal: o.gapAfterTotal });
  const cR = t.cols.length; t.cols.push({ path: ['生师比'] });
  t.rows.forEach((row, i) => {
    const e = row.role === 'total' ? root.ent : ch.find((c) => c.row === i).ent;
    const x = e.students / e.teachers; if (nearHalf(x, 2)) throw new Error('retry');
    t.cells[i][cR] = { v: rnd(x, 2), fmt: 'd2', exact: x, raw: false };
    t.rels.push({ type: 'ratioI', t: [i, cR], num: [i, 1], den: [i, 4], pn: 0.005, pd: 0, scale: 1e4, dp: 2, cat: 'rate' });
  });
  t.notes = ['注：生师比按未经四舍五入的原始数据计算。'];
  return t;
}

const BUILDERS = { twoStub: bTwoStub, levelWan: bLevelWan, level: bLevel, areaLevels: bAreaLevels, balance: bBalance, compare: bCompare, rates: bRates, teachers: bTeachers, funding: bFunding, area: bArea, areaSummary: bAreaSummary };
function build(kind, r, ctx, o) {
  for (let i = 0; i < 300; i++) {
    try {
      const t = BUILDERS[kind](r, ctx, o);
      L.checkTable(t);
      t.kind = kind;
      return t;
    } catch (e) { if (e.message !== 'retry') throw e; }
  }
  throw new Error('could not build ' + kind);
}
module.exports = { build, BUILDERS };
