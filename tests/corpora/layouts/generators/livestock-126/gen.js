// node gen.js SET SEED N PLANTFRACTION [VARIANT]
const ExcelJS = require('exceljs'); const fs = require('fs'); const path = require('path');
const [, , SET, SEEDS, NS, PFS, VARS] = process.argv;
const SEED = +SEEDS, N = +NS, PF = +PFS, VARIANT = +(VARS || 0);
let s = SEED >>> 0 || 1;
const rnd = () => { s ^= s << 13; s >>>= 0; s ^= s >>> 17; s ^= s << 5; s >>>= 0; return s / 4294967296; };
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];
const chance = (p) => rnd() < p;
const r2 = (x, d) => { const f = Math.pow(10, d); return Math.round(x * f + 1e-9 * Math.sign(x)) / f; };
const colL = (c) => { let t = ''; c++; while (c) { const m = (c - 1) % 26; t = String.fromCharCode(65 + m) + t; c = Math.floor((c - 1) / 26); } return t; };
const ROOT = path.join('/tmp/round126b', SET); fs.mkdirSync(ROOT, { recursive: true });
const TOWNS = ['城关镇', '东关街道', '西城街道', '南山镇', '北坡镇', '河口镇', '新集乡', '马庄乡', '石桥镇', '柳林镇', '大王庄乡', '白水镇', '高台乡', '双河镇', '杨湾乡', '青龙镇'];
const CNTYS = ['城区', '开发区', '安平县', '临河县', '丰泽县', '永宁县', '清水县', '长乐县', '广丰县', '兴隆县', '南溪区', '东湖区', '金山县', '秀峰县'];
const CITIES = ['江城市', '北原市', '石门市', '云州市', '洛川市', '平阳市', '清源市', '临江市', '桐城市', '海陵市', '沙州市', '东陵市'];
const YEARS = VARIANT ? [2022, 2023] : [2023, 2024];

function level() { const l = pick(['county', 'city', 'prov']);
  if (l === 'county') return { l, name: pick(['安平县', '临河县', '丰泽县', '永宁县']), regs: TOWNS, tot: pick(['全县', '合计', '总计', '全县合计']), scale: 1 };
  if (l === 'city') return { l, name: pick(['江城市', '北原市', '云州市']), regs: CNTYS, tot: pick(['全市', '合计', '总计', '全市合计']), scale: 6 };
  return { l, name: pick(['某省']), regs: CITIES, tot: pick(['全省', '合计', '总计']), scale: 40 };
}
// a sheet: grid of {v, indent, bold}, merges, relations in {r,c} coordinates
function Sheet(name) { return { name, rows: [], merges: [], rels: [], colW: [] }; }
const addRow = (sh, arr) => { sh.rows.push(arr.map((v) => (v && typeof v === 'object' && 'v' in v) ? v : { v })); return sh.rows.length - 1; };
const A = (r, c) => colL(c) + (r + 1);
// display number: maybe as text, dash when zero
function disp(x, d, allowText = true) { if (x === 0 && chance(0.5)) return pick(['—', '-', 0, null]);
  if (allowText && chance(0.04)) return { v: chance(0.3) && Math.abs(x) >= 1000 ? x.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d }) : x.toFixed(d), text: true }; return +x.toFixed(d); }

function titleBlock(sh, ncol, title, unit) {
  let r = addRow(sh, [{ v: title, bold: true }]); sh.merges.push([r, 0, r, ncol - 1]);
  if (unit && chance(0.8)) { r = addRow(sh, ['', ...Array(Math.max(0, ncol - 2)).fill(''), unit]); if (chance(0.5)) { sh.rows[r] = [{ v: unit }]; } }
  else if (chance(0.3)) addRow(sh, []);
}
function notes(sh) { if (chance(0.6)) { addRow(sh, [pick(['注：本表数据为快报数。', '注：肉类产量为猪牛羊禽肉合计。', '注：增长速度按可比口径计算。', '注：“—”表示无此项数据。'])]);
  if (chance(0.3)) addRow(sh, ['资料来源：' + pick(['县统计局', '市农业农村局', '畜牧兽医站'])]); } }
let LSTYLE = 0; // label style chosen once per sheet, as real tables indent consistently
function regLabel(name) { const m = LSTYLE; if (m < 0.15) return { v: '  ' + name }; if (m < 0.3) return { v: name, indent: 1 }; return { v: name }; }

// ---------- T1: livestock by region
function T1(sh, L) {
  const nreg = ri(5, Math.min(12, L.regs.length)); const regs = L.regs.slice(0, nreg);
  const wan = L.l !== 'county' && chance(0.5); // 万头 with 2 decimals
  const d = wan ? 2 : 0, div = wan ? 10000 : 1;
  const cols = [['生猪', '存栏', 'pig'], ['生猪', '其中：能繁母猪', 'sow'], ['生猪', '出栏', 'pigo'], ['牛', '存栏', 'cow'], ['牛', '出栏', 'cowo'], ['羊', '存栏', 'sheep'], ['羊', '出栏', 'sheepo'], ['家禽', '存栏', 'poul'], ['家禽', '出栏', 'poulo']]
    .filter((c, i) => i < 3 || chance(0.7));
  const data = regs.map(() => { const pig = ri(3000, 60000) * L.scale; const o = { pig, sow: Math.round(pig * (0.07 + rnd() * 0.06)), pigo: Math.round(pig * (1.2 + rnd() * 0.6)), cow: ri(0, 3000) * L.scale, sheep: ri(0, 8000) * L.scale, poul: ri(20000, 400000) * L.scale };
    o.cowo = Math.round(o.cow * (0.3 + rnd() * 0.3)); o.sheepo = Math.round(o.sheep * (0.8 + rnd() * 0.4)); o.poulo = Math.round(o.poul * (1.5 + rnd())); if (chance(0.1)) { o.cow = 0; o.cowo = 0; } return o; });
  const poulUnit = wan ? 2 : 0;
  const ncol = cols.length + 1 + (chance(0.3) ? 0 : 0);
  const unitTxt = wan ? '单位：万头、万只' : '单位：头、只';
  titleBlock(sh, ncol, `${L.name}${YEARS[1]}年分${L.l === 'county' ? '乡镇' : L.l === 'city' ? '县（市、区）' : '市'}畜禽存栏出栏情况`, unitTxt);
  const hdr = chance(0.5) ? 2 : 1;
  const h0 = sh.rows.length;
  if (hdr === 2) { const r1 = [L.l === 'county' ? '乡镇' : '地区'], r2 = ['']; let last = null, st = 0;
    cols.forEach((c, i) => { r1.push(c[0] === last ? '' : c[0]); r2.push(c[1]); if (c[0] !== last) { if (last && i - st > 1) sh.merges.push([h0, st + 1, h0, i]); st = i; last = c[0]; } });
    if (cols.length - st > 1) sh.merges.push([h0, st + 1, h0, cols.length]);
    addRow(sh, r1); addRow(sh, r2); sh.merges.push([h0, 0, h0 + 1, 0]);
  } else addRow(sh, ['地区', ...cols.map((c) => (c[1].startsWith('其中') ? pick(['其中：能繁母猪', '#能繁母猪']) : c[0] + c[1]) + (chance(0.3) ? (c[0] === '家禽' ? (wan ? '（万只）' : '（只）') : (wan ? '（万头）' : '（头）')) : ''))]);
  const top = chance(0.6);
  const totVals = {}; cols.forEach((c) => { totVals[c[2]] = data.reduce((a, o) => a + o[c[2]], 0); });
  const rowsIdx = []; let totR;
  const putTot = () => { totR = addRow(sh, [{ v: L.tot, bold: true }, ...cols.map((c) => +(totVals[c[2]] / div).toFixed(d))]); };
  if (top) putTot();
  const sub = !wan && nreg >= 6 && chance(0.35); const subR = []; const subParts = [];
  if (sub) { const cut = ri(2, nreg - 2); [[0, cut], [cut, nreg]].forEach(([a, b], gi) => { const sr = addRow(sh, [{ v: pick(['东片', '北部片区', '山区']) .slice(0, 2) + (gi ? '二片小计' : '一片小计'), bold: true }, ...cols.map((c) => data.slice(a, b).reduce((x, o) => x + o[c[2]], 0))]); subR.push(sr); const ps = [];
      for (let i = a; i < b; i++) { const rr_ = addRow(sh, [regLabel(regs[i]), ...cols.map((c) => disp(data[i][c[2]], 0))]); rowsIdx.push(rr_); ps.push(rr_); } subParts.push(ps); }); }
  else data.forEach((o, i) => rowsIdx.push(addRow(sh, [regLabel(regs[i]), ...cols.map((c) => disp(+(o[c[2]] / div).toFixed(d), d))])));
  if (!top) putTot();
  if (sub) cols.forEach((c, j) => { sh.rels.push({ type: 'sum', total: [totR, j + 1], parts: subR.map((r) => [r, j + 1]), tol: 0 }); subR.forEach((sr, gi) => sh.rels.push({ type: 'sum', total: [sr, j + 1], parts: subParts[gi].map((r) => [r, j + 1]), tol: 0 })); });
  else cols.forEach((c, j) => sh.rels.push({ type: 'sum', total: [totR, j + 1], parts: rowsIdx.map((r) => [r, j + 1]), tol: wan ? 0.005 * (nreg + 1) + 1e-9 : 0 }));
  const sj = cols.findIndex((c) => c[2] === 'sow') + 1;
  [totR, ...subR, ...rowsIdx].forEach((r) => sh.rels.push({ type: 'le', part: [r, sj], whole: [r, 1], tol: 0 }));
  notes(sh);
}
// ---------- T2: items x periods (meat, eggs, milk, livestock)
function T2(sh, L) {
  const wan = chance(0.4); const d = wan ? 2 : 0, div = wan ? 10000 : 1; const sc = L.scale;
  const mk = () => { const pork = ri(8000, 60000) * sc, beef = ri(200, 4000) * sc, mutton = ri(100, 3000) * sc, poul = ri(2000, 20000) * sc; return { pork, beef, mutton, poul, egg: ri(3000, 30000) * sc, milk: ri(0, 20000) * sc, pig: ri(40000, 300000) * sc }; };
  const cur = mk(), prev = {}; Object.keys(cur).forEach((k) => { prev[k] = Math.round(cur[k] / (0.85 + rnd() * 0.3)); });
  cur.sow = Math.round(cur.pig * 0.1); prev.sow = Math.round(prev.pig * (0.09 + rnd() * 0.03));
  const hasPig = chance(0.6);
  const style = pick(['space', 'indent', 'hash', 'qizhong']);
  const lab = (t, first) => style === 'space' ? { v: '  ' + t } : style === 'indent' ? { v: t, indent: 1 } : style === 'hash' ? { v: '#' + t } : { v: first ? '其中：' + t : '      ' + t };
  const items = [['肉类总产量', 'meat', 'w'], ['猪肉', 'pork', 'w', 1], ['牛肉', 'beef', 'w', 2], ['羊肉', 'mutton', 'w', 2], ['禽肉', 'poul', 'w', 2], ['禽蛋产量', 'egg', 'w'], ['奶类产量', 'milk', 'w']];
  if (hasPig) items.push(['生猪存栏', 'pig', 'h'], ['其中：能繁母猪', 'sow', 'h']);
  cur.meat = cur.pork + cur.beef + cur.mutton + cur.poul; prev.meat = prev.pork + prev.beef + prev.mutton + prev.poul;
  const unitMode = pick(['col', 'hdr', 'line']);
  const ut = (k) => k === 'h' ? (wan ? '万头' : '头') : (wan ? '万吨' : '吨');
  const hd = ['指标', ...(unitMode === 'col' ? ['计量单位'] : []), `${YEARS[1]}年`, `${YEARS[0]}年`, pick(['增长(%)', '比上年增长（%）', '增减（%）'])];
  const rev = chance(0.3); if (rev) { const t = hd[hd.length - 3]; hd[hd.length - 3] = hd[hd.length - 2]; hd[hd.length - 2] = t; }
  titleBlock(sh, hd.length, `${L.name}主要畜产品产量`, unitMode === 'line' ? (wan ? '单位：万吨、万头' : '单位：吨、头') : null);
  if (chance(0.4)) { const r = addRow(sh, ['', ...(unitMode === 'col' ? [''] : []), '绝对数', '', '']); sh.merges.push([r, hd.length - 3, r, hd.length - 2]); }
  addRow(sh, hd); const oc = unitMode === 'col' ? 2 : 1; const cC = rev ? oc + 1 : oc, pC = rev ? oc : oc + 1, gC = oc + 2;
  const rmap = {};
  items.forEach(([t, k, u, sub]) => { let label = sub ? lab(t, sub === 1) : { v: t }; if (unitMode === 'hdr') label.v += `（${ut(u)}）`;
    const c = +(cur[k] / div).toFixed(d), p = +(prev[k] / div).toFixed(d); const row = [label]; if (unitMode === 'col') row.push(ut(u));
    const g = p ? r2((c / p - 1) * 100, 1) : null; const arr = []; arr[cC - oc] = disp(c, d); arr[pC - oc] = disp(p, d); arr[2] = g === null ? '—' : +g.toFixed(1);
    rmap[k] = addRow(sh, [...row, ...arr]); if (p && c) sh.rels.push({ type: 'growth', cell: [rmap[k], gC], cur: [rmap[k], cC], prev: [rmap[k], pC], tol: 0.05 + 1e-6 }); });
  for (const c of [cC, pC]) { sh.rels.push({ type: 'sum', total: [rmap.meat, c], parts: ['pork', 'beef', 'mutton', 'poul'].map((k) => [rmap[k], c]), tol: wan ? 0.025 : 0 });
    if (hasPig) sh.rels.push({ type: 'le', part: [rmap.sow, c], whole: [rmap.pig, c], tol: 0 }); }
  notes(sh);
}
// ---------- T3: aquatic products
function T3(sh, L) {
  const sea = chance(0.5) && L.l !== 'county' || chance(0.2); const sc = L.scale; const d = 0;
  const mk = (f) => { const o = { fy: Math.round(ri(2000, 30000) * sc * f), fc: Math.round(ri(0, 3000) * sc * f), sy: sea ? Math.round(ri(5000, 50000) * sc * f) : 0, sc_: sea ? Math.round(ri(1000, 40000) * sc * f) : 0, af: ri(500, 8000) * sc, as: sea ? ri(300, 9000) * sc : 0 };
    o.f = o.fy + o.fc; o.s = o.sy + o.sc_; o.t = o.f + o.s; o.a = o.af + o.as; return o; };
  const cur = mk(1); const prev = {}; for (const k of ['fy', 'fc', 'sy', 'sc_', 'af', 'as']) prev[k] = Math.round(cur[k] / (0.88 + rnd() * 0.25));
  prev.f = prev.fy + prev.fc; prev.s = prev.sy + prev.sc_; prev.t = prev.f + prev.s; prev.a = prev.af + prev.as;
  const rows = [['水产品总产量', 't', 0, '吨']];
  if (sea) rows.push(['海水产品', 's', 1, '吨'], ['海水养殖', 'sy', 2, '吨'], ['海水捕捞', 'sc_', 2, '吨']);
  rows.push(['淡水产品', 'f', 1, '吨'], ['淡水养殖', 'fy', 2, '吨'], ['淡水捕捞', 'fc', 2, '吨'], ['水产养殖面积', 'a', 0, '公顷']);
  if (sea) rows.push(['海水养殖面积', 'as', 1, '公顷'], ['淡水养殖面积', 'af', 1, '公顷']);
  const yieldRow = chance(0.5);
  const years = chance(0.5); const lastGrowth = chance(0.7) ? 'g' : 'diff';
  const hd = ['项目', '单位', `${YEARS[0]}年`, `${YEARS[1]}年`, lastGrowth === 'g' ? pick(['增长%', '同比增长(%)']) : '增减量'];
  titleBlock(sh, hd.length, `${L.name}渔业生产情况`, null);
  if (chance(0.5)) { addRow(sh, ['项目', '单位', '产量', '', '']); const r = sh.rows.length - 1; sh.merges.push([r, 2, r, 3]); sh.merges.push([r, 0, r + 1, 0]); sh.merges.push([r, 1, r + 1, 1]); sh.merges.push([r, 4, r + 1, 4]); addRow(sh, ['', '', hd[2], hd[3], hd[4]]); sh.rows[r][4] = { v: hd[4] }; }
  else addRow(sh, hd);
  const rm = {};
  rows.forEach(([t, k, ind, u]) => { const lab = ind ? (chance(0.5) ? { v: ' '.repeat(ind * 2) + t } : { v: t, indent: ind }) : { v: t };
    const p = prev[k], c = cur[k]; const last = lastGrowth === 'g' ? (p ? +r2((c / p - 1) * 100, 1).toFixed(1) : '—') : c - p;
    rm[k] = addRow(sh, [lab, u, disp(p, d), disp(c, d), last]);
    if (p && c) sh.rels.push(lastGrowth === 'g' ? { type: 'growth', cell: [rm[k], 4], cur: [rm[k], 3], prev: [rm[k], 2], tol: 0.05 + 1e-6 } : { type: 'diff', cell: [rm[k], 4], a: [rm[k], 3], b: [rm[k], 2], tol: 0 }); });
  for (const c of [2, 3]) { const S = (t, ps) => sh.rels.push({ type: 'sum', total: [rm[t], c], parts: ps.map((k) => [rm[k], c]), tol: 0 });
    if (sea) { S('t', ['s', 'f']); S('s', ['sy', 'sc_']); S('as' in rm ? 'a' : 'a', ['as', 'af']); } else S('t', ['f']); S('f', ['fy', 'fc']); }
  if (yieldRow) { const r = addRow(sh, [{ v: '养殖单产' }, '公斤/亩', ...[2, 3].map((c) => { const y = c === 2 ? prev : cur; return +r2((y.sy + y.fy) * 1000 / (y.a * 15), 1).toFixed(1); }), '']);
    // rate uses yield of 养殖 parts; record as rate with num = two cells -> use sumnum
    for (const c of [2, 3]) sh.rels.push({ type: 'rate', cell: [r, c], num: sea ? [[rm.sy, c], [rm.fy, c]] : [[rm.fy, c]], den: [rm.a, c], k: 1000 / 15, tol: 0.05 + 1e-6 }); }
  notes(sh);
}
// ---------- T4: years as rows
function T4(sh, L) {
  const y0 = YEARS[1] - ri(5, 9); const sc = L.scale; const wan = chance(0.3); const d = wan ? 2 : 0, div = wan ? 10000 : 1;
  const hasSow = chance(0.7), hasG = chance(0.5);
  const hd = ['年份', '肉类总产量', '猪肉', '牛肉', '羊肉', '禽肉', '禽蛋', '奶类'];
  if (hasSow) hd.push('生猪存栏', '其中：能繁母猪'); if (hasG) hd.push('肉类比上年增长(%)');
  titleBlock(sh, hd.length, `${L.name}历年主要畜产品产量`, wan ? '单位：万吨、万头' : '单位：吨、头');
  if (chance(0.5)) { const r = addRow(sh, ['年份', '肉类总产量', '', '', '', '', '禽蛋', '奶类', ...(hasSow ? ['生猪存栏', ''] : []), ...(hasG ? [hd[hd.length - 1]] : [])]);
    sh.merges.push([r, 1, r, 5]); sh.merges.push([r, 0, r + 1, 0]); sh.merges.push([r, 6, r + 1, 6]); sh.merges.push([r, 7, r + 1, 7]); if (hasSow) sh.merges.push([r, 8, r, 9]); if (hasG) sh.merges.push([r, hd.length - 1, r + 1, hd.length - 1]);
    addRow(sh, ['', '合计', '#猪肉', '#牛肉', '#羊肉', '#禽肉', '', '', ...(hasSow ? ['合计', '其中：能繁母猪'] : []), '']); }
  else addRow(sh, hd);
  let prevR = null, prevMeat = null; const desc = chance(0.3); const ys = []; for (let y = y0; y <= YEARS[1]; y++) ys.push(y); if (desc) ys.reverse();
  const base = { pork: ri(8000, 60000) * sc, beef: ri(200, 4000) * sc, mutton: ri(100, 3000) * sc, poul: ri(2000, 20000) * sc, egg: ri(3000, 30000) * sc, milk: ri(0, 9000) * sc, pig: ri(40000, 300000) * sc };
  const walk = []; let cur_ = base; for (let i = 0; i < ys.length; i++) { const o = {}; for (const k in cur_) o[k] = Math.round(cur_[k] * (0.92 + rnd() * 0.18)); o.sow = Math.round(o.pig * (0.08 + rnd() * 0.05)); walk.push(o); cur_ = o; }
  const vals = desc ? walk.slice().reverse() : walk;
  const rowIdx = [];
  ys.forEach((y, i) => { const o = vals[i]; const parts = ['pork', 'beef', 'mutton', 'poul'].map((k) => +(o[k] / div).toFixed(d)); const meat = +((o.pork + o.beef + o.mutton + o.poul) / div).toFixed(d); o.meatD = meat;
    const row = [chance(0.5) ? String(y) : y, meat, ...parts.map((x) => disp(x, d)), disp(+(o.egg / div).toFixed(d), d), disp(+(o.milk / div).toFixed(d), d)];
    if (hasSow) row.push(disp(+(o.pig / div).toFixed(d), d), disp(+(o.sow / div).toFixed(d), d)); if (hasG) row.push('');
    rowIdx.push(addRow(sh, row)); });
  ys.forEach((y, i) => { const r = rowIdx[i]; sh.rels.push({ type: 'sum', total: [r, 1], parts: [2, 3, 4, 5].map((c) => [r, c]), tol: wan ? 0.025 : 0 });
    if (hasSow) sh.rels.push({ type: 'le', part: [r, 9], whole: [r, 8], tol: 0 });
    const pi = desc ? i + 1 : i - 1; if (hasG && pi >= 0 && pi < ys.length) { const g = +r2((vals[i].meatD / vals[pi].meatD - 1) * 100, 1).toFixed(1); sh.rows[r][hd.length - 1] = { v: g }; sh.rels.push({ type: 'growth', cell: [r, hd.length - 1], cur: [r, 1], prev: [rowIdx[pi], 1], tol: 0.05 + 1e-6 }); } });
  notes(sh);
}
// ---------- T5: aquaculture area/yield by region with shares
function T5(sh, L) {
  const nreg = ri(4, Math.min(10, L.regs.length)); const regs = L.regs.slice(0, nreg); const mu = chance(0.4); const sc = L.scale;
  const data = regs.map(() => { const a = ri(50, 3000) * sc; return { a, o: Math.round(a * (mu ? 1 : 15) * (0.2 + rnd() * 0.4)) }; });
  const tA = data.reduce((x, o) => x + o.a, 0), tO = data.reduce((x, o) => x + o.o, 0);
  const share = chance(0.6); const permil = chance(VARIANT ? 0.4 : 0.2);
  const hd = [L.l === 'county' ? '乡镇' : '地区', mu ? '养殖面积（亩）' : '养殖面积（公顷）', '养殖产量（吨）', mu ? '单产（公斤/亩）' : '单产（公斤/亩）', ...(share ? [permil ? '产量占全部比重（‰）' : '产量占比(%)'] : [])];
  titleBlock(sh, hd.length, `${L.name}${YEARS[1]}年水产养殖面积和产量`, null);
  addRow(sh, hd); const k = mu ? 1000 : 1000 / 15; const top = chance(0.5); let totR; const rr = [];
  const mkRow = (lab, a, o) => [lab, a, o, +r2(o * k / a, 1).toFixed(1), ...(share ? [+r2(o / tO * (permil ? 1000 : 100), permil ? 1 : 2).toFixed(permil ? 1 : 2)] : [])];
  if (top) totR = addRow(sh, mkRow({ v: L.tot }, tA, tO)); data.forEach((o, i) => rr.push(addRow(sh, mkRow(regLabel(regs[i]), o.a, o.o)))); if (!top) totR = addRow(sh, mkRow({ v: L.tot }, tA, tO));
  sh.rels.push({ type: 'sum', total: [totR, 1], parts: rr.map((r) => [r, 1]), tol: 0 }, { type: 'sum', total: [totR, 2], parts: rr.map((r) => [r, 2]), tol: 0 });
  [totR, ...rr].forEach((r) => { sh.rels.push({ type: 'rate', cell: [r, 3], num: [[r, 2]], den: [r, 1], k, tol: 0.05 + 1e-6 }); if (share && r !== totR) sh.rels.push({ type: 'rate', cell: [r, 4], num: [[r, 2]], den: [totR, 2], k: permil ? 1000 : 100, tol: (permil ? 0.05 : 0.005) + 1e-6 }); });
  if (share && chance(0.5)) { const r = rr[0]; }
  notes(sh);
}
// ---------- T6: two periods by region with growth and share-point differences
function T6(sh, L) {
  const nreg = ri(4, Math.min(10, L.regs.length)); const regs = L.regs.slice(0, nreg); const sc = L.scale;
  const c = regs.map(() => ri(5000, 80000) * sc), p = c.map((x) => Math.round(x / (0.8 + rnd() * 0.4)));
  const tc = c.reduce((a, b) => a + b, 0), tp = p.reduce((a, b) => a + b, 0);
  const hasPts = chance(0.6);
  titleBlock(sh, hasPts ? 7 : 4, `${L.name}分地区生猪出栏情况`, '单位：头');
  const r0 = addRow(sh, ['地区', '生猪出栏（头）', '', '', ...(hasPts ? ['占全部比重（%）', '', ''] : [])]);
  sh.merges.push([r0, 1, r0, 3]); sh.merges.push([r0, 0, r0 + 1, 0]); if (hasPts) sh.merges.push([r0, 4, r0, 6]);
  addRow(sh, ['', `${YEARS[1]}年`, `${YEARS[0]}年`, '增长（%）', ...(hasPts ? [`${YEARS[1]}年`, `${YEARS[0]}年`, '增减（百分点）'] : [])]);
  const top = chance(0.5); let totR; const rr = [];
  const mk = (lab, a, b) => { const g = +r2((a / b - 1) * 100, 1).toFixed(1); const row = [lab, a, b, g]; if (hasPts) { const s1 = +r2(a / tc * 100, 1).toFixed(1), s0 = +r2(b / tp * 100, 1).toFixed(1); row.push(s1, s0, +(s1 - s0).toFixed(1)); } return row; };
  if (top) totR = addRow(sh, [{ v: L.tot }, tc, tp, +r2((tc / tp - 1) * 100, 1).toFixed(1)]);
  regs.forEach((n, i) => rr.push(addRow(sh, mk(regLabel(n), c[i], p[i]))));
  if (!top) totR = addRow(sh, [{ v: L.tot }, tc, tp, +r2((tc / tp - 1) * 100, 1).toFixed(1)]);
  if (hasPts) sh.rows[totR].push(100, 100, 0);
  sh.rels.push({ type: 'sum', total: [totR, 1], parts: rr.map((r) => [r, 1]), tol: 0 }, { type: 'sum', total: [totR, 2], parts: rr.map((r) => [r, 2]), tol: 0 });
  [totR, ...rr].forEach((r) => { sh.rels.push({ type: 'growth', cell: [r, 3], cur: [r, 1], prev: [r, 2], tol: 0.05 + 1e-6 });
    if (hasPts && r !== totR) { sh.rels.push({ type: 'rate', cell: [r, 4], num: [[r, 1]], den: [totR, 1], k: 100, tol: 0.05 + 1e-6 }, { type: 'rate', cell: [r, 5], num: [[r, 2]], den: [totR, 2], k: 100, tol: 0.05 + 1e-6 }, { type: 'diff', cell: [r, 6], a: [r, 4], b: [r, 5], tol: 1e-6 }); } });
  notes(sh);
}

// ---------- T7: output value in 万元/亿元 with non-exhaustive 其中 columns, years as columns
function T7(sh, L) {
  const nreg = ri(4, Math.min(10, L.regs.length)); const regs = L.regs.slice(0, nreg); const yi = L.l !== 'county' && chance(0.6);
  const d = yi ? 2 : 0, div = yi ? 10000 : 1; const sc = L.scale;
  const data = regs.map(() => { const ag = ri(50000, 400000) * sc; const mu = Math.round(ag * (0.25 + rnd() * 0.2)); const pig = Math.round(mu * (0.4 + rnd() * 0.3)); const fish = Math.round(ag * (0.03 + rnd() * 0.1)); return { ag, mu, pig, fish }; });
  const T = {}; ['ag', 'mu', 'pig', 'fish'].forEach((k) => { T[k] = data.reduce((a, o) => a + o[k], 0); });
  const hasShare = chance(0.6);
  titleBlock(sh, hasShare ? 6 : 5, `${L.name}${YEARS[1]}年牧业和渔业产值`, yi ? '单位：亿元' : '单位：万元');
  const r0 = addRow(sh, ['地区', '农林牧渔业总产值', '牧业产值', '', '渔业产值', ...(hasShare ? ['牧业占比（%）'] : [])]);
  addRow(sh, ['', '', '小计', '其中：生猪', '', '']); sh.merges.push([r0, 2, r0, 3]); [0, 1, 4].forEach((c) => sh.merges.push([r0, c, r0 + 1, c])); if (hasShare) sh.merges.push([r0, 5, r0 + 1, 5]);
  const top = chance(0.5); let totR; const rr = [];
  const mk = (lab, o, tot) => { const row = [lab, ...['ag', 'mu', 'pig', 'fish'].map((k) => tot ? +(o[k] / div).toFixed(d) : disp(+(o[k] / div).toFixed(d), d))]; if (hasShare) row.push(+r2(o.mu / o.ag * 100, 1).toFixed(1)); return row; };
  if (top) totR = addRow(sh, mk({ v: L.tot }, T, 1)); data.forEach((o, i) => rr.push(addRow(sh, mk(regLabel(regs[i]), o)))); if (!top) totR = addRow(sh, mk({ v: L.tot }, T, 1));
  [1, 2, 3, 4].forEach((c) => sh.rels.push({ type: 'sum', total: [totR, c], parts: rr.map((r) => [r, c]), tol: yi ? 0.005 * (nreg + 1) + 1e-9 : 0 }));
  [totR, ...rr].forEach((r) => { sh.rels.push({ type: 'le', part: [r, 3], whole: [r, 2], tol: 0 });
    if (hasShare) sh.rels.push({ type: 'rate', cell: [r, 5], num: [[r, 2]], den: [r, 1], k: 100, tol: yi ? 0.05 + 100 * 0.005 / Math.max(0.01, numOf(sh.rows[r][1])) * 2 + 1e-6 : 0.05 + 1e-6 }); });
  notes(sh);
}
// ---------- T8: items x several years (years as columns), 其中 rows not exhaustive
function T8(sh, L) {
  sh.rowDec = true;
  const ys = []; for (let y = YEARS[1] - ri(2, 4); y <= YEARS[1]; y++) ys.push(y); const sc = L.scale;
  const items = [['水产品产量', 't', '吨'], ['其中：鱼类', 'fish', '吨'], ['虾蟹类', 'shrimp', '吨'], ['生猪出栏', 'pigo', '头'], ['其中：规模养殖场出栏', 'big', '头'], ['牛出栏', 'cowo', '头'], ['羊出栏', 'sheepo', '头'], ['家禽出栏', 'poulo', '万只']];
  let b = { t: ri(5000, 50000) * sc, pigo: ri(50000, 400000) * sc, cowo: ri(100, 9000) * sc, sheepo: ri(0, 20000) * sc, poulo: ri(50, 900) * sc / 10, fr: 0.6 + rnd() * 0.25, sr: 0.03 + rnd() * 0.08, br: 0.5 + rnd() * 0.3 };
  const V = ys.map(() => { const w = () => 0.92 + rnd() * 0.18; b = { ...b, t: Math.round(b.t * w()), pigo: Math.round(b.pigo * w()), cowo: Math.round(b.cowo * w()), sheepo: Math.round(b.sheepo * w()), poulo: b.poulo * w() };
    return { t: b.t, fish: Math.round(b.t * b.fr), shrimp: Math.round(b.t * b.sr), pigo: b.pigo, big: Math.round(b.pigo * b.br), cowo: b.cowo, sheepo: b.sheepo, poulo: +b.poulo.toFixed(1) }; });
  const unitCol = chance(0.5); const g = chance(0.6);
  titleBlock(sh, ys.length + 2, `${L.name}主要畜牧水产品产量（${ys[0]}—${ys[ys.length - 1]}年）`, null);
  addRow(sh, ['指标', ...(unitCol ? ['计量单位'] : []), ...ys.map((y) => y + '年'), ...(g ? [`${ys[ys.length - 1]}年比上年增长（%）`] : [])]);
  const o = unitCol ? 2 : 1; sh.gcol = g ? o + ys.length : -1;
  items.forEach(([t, k, u]) => { const lab = t.startsWith('其中') || k === 'shrimp' ? (chance(0.5) ? { v: '  ' + t } : { v: t, indent: 1 }) : { v: unitCol ? t : `${t}（${u}）` };
    const vals = V.map((v) => disp(v[k], k === 'poulo' ? 1 : 0)); const row = [lab, ...(unitCol ? [u] : []), ...vals];
    const cN = numOf(vals[vals.length - 1]), pN = numOf(vals[vals.length - 2]);
    if (g) row.push(pN && cN ? +r2((cN / pN - 1) * 100, 1).toFixed(1) : '—');
    const r = addRow(sh, row); sh[k] = r;
    if (g && pN && cN) sh.rels.push({ type: 'growth', cell: [r, o + ys.length], cur: [r, o + ys.length - 1], prev: [r, o + ys.length - 2], tol: 0.05 + 1e-6 }); });
  ys.forEach((y, i) => { const c = o + i; sh.rels.push({ type: 'le', part: [sh.fish, c], whole: [sh.t, c], tol: 0 }, { type: 'le', part: [sh.shrimp, c], whole: [sh.t, c], tol: 0 }, { type: 'le', part: [sh.big, c], whole: [sh.pigo, c], tol: 0 }); });
  notes(sh);
}

// ---------- T9: regions x (animal x period) with 3 header rows and a unit row; 出栏率
function T9(sh, L) {
  const nreg = ri(4, Math.min(10, L.regs.length)); const regs = L.regs.slice(0, nreg); const sc = L.scale;
  const an = [['生猪', 'pig', '头'], ['牛', 'cow', '头'], ['羊', 'sheep', '只'], ['家禽', 'poul', '万只']].filter((a, i) => i === 0 || chance(0.6));
  const per = pick([['1-6月', '上年同期'], ['本年', '上年'], [`${YEARS[1]}年`, `${YEARS[0]}年`]]);
  const data = regs.map(() => { const o = {}; an.forEach(([, k]) => { const c = k === 'poul' ? ri(50, 900) * sc : k === 'pig' ? ri(5000, 90000) * sc : ri(0, 5000) * sc; o[k] = [c, c === 0 ? 0 : Math.max(1, Math.round(c / (0.8 + rnd() * 0.4)))]; }); return o; });
  const ncol = 1 + an.length * 3; const rate = chance(0.4);
  titleBlock(sh, ncol + (rate ? 1 : 0), `${L.name}畜禽出栏${per[0] === '1-6月' ? '（上半年）' : ''}`, null);
  const h0 = addRow(sh, ['地区', '畜禽出栏', ...Array(an.length * 3 - 1).fill(''), ...(rate ? ['生猪出栏率（%）'] : [])]); sh.merges.push([h0, 1, h0, an.length * 3]);
  const h1 = addRow(sh, ['', ...an.flatMap(([n]) => [n, '', ''])]); an.forEach((a, i) => sh.merges.push([h1, 1 + i * 3, h1, 3 + i * 3]));
  addRow(sh, ['', ...an.flatMap(() => [per[0], per[1], '增长%'])]);
  const unitRow = chance(0.6); if (unitRow) addRow(sh, ['', ...an.flatMap(([, , u]) => [u, u, '%']), ...(rate ? ['%'] : [])]);
  sh.merges.push([h0, 0, sh.rows.length - 1, 0]); if (rate) sh.merges.push([h0, ncol, sh.rows.length - 1, ncol]);
  const stock = data.map((o) => Math.round(o.pig[1] * (0.5 + rnd() * 0.2)));
  const T = {}; an.forEach(([, k]) => { T[k] = [0, 1].map((j) => data.reduce((a, o) => a + o[k][j], 0)); }); const tStock = stock.reduce((a, b) => a + b, 0);
  const top = chance(0.5); let totR; const rr = [];
  const mk = (lab, o, st, tot) => { const row = [lab]; an.forEach(([, k]) => { const [c, p] = o[k]; row.push(tot ? c : disp(c, 0), tot ? p : disp(p, 0), c && p ? +r2((c / p - 1) * 100, 1).toFixed(1) : '—'); }); if (rate) row.push(+r2(o.pig[0] / st * 100, 1).toFixed(1)); return row; };
  if (top) totR = addRow(sh, mk({ v: L.tot }, T, tStock, 1)); data.forEach((o, i) => rr.push(addRow(sh, mk(regLabel(regs[i]), o, stock[i])))); if (!top) totR = addRow(sh, mk({ v: L.tot }, T, tStock, 1));
  an.forEach(([, k], i) => { const c = 1 + i * 3; [c, c + 1].forEach((cc) => sh.rels.push({ type: 'sum', total: [totR, cc], parts: rr.map((r) => [r, cc]), tol: 0 }));
    [totR, ...rr].forEach((r) => { if (numOf(sh.rows[r][c]) && numOf(sh.rows[r][c + 1])) sh.rels.push({ type: 'growth', cell: [r, c + 2], cur: [r, c], prev: [r, c + 1], tol: 0.05 + 1e-6 }); }); });
  if (rate) addRow(sh, ['注：出栏率＝本期出栏÷年初存栏×100%，年初存栏数略。']);
  else notes(sh);
}

// ---------- T10: 公报 style: indicator | unit | value | growth (previous year not shown)
function T10(sh, L) {
  const sc = L.scale; const wan = L.l !== 'county'; const d = wan ? 2 : 0, div = wan ? 10000 : 1;
  const o = { pork: ri(8000, 60000) * sc, beef: ri(200, 4000) * sc, mutton: ri(100, 3000) * sc, poul: ri(2000, 20000) * sc, egg: ri(3000, 30000) * sc, milk: ri(100, 20000) * sc, aq: ri(3000, 60000) * sc, pig: ri(40000, 300000) * sc };
  o.aqy = Math.round(o.aq * (0.6 + rnd() * 0.35)); o.sow = Math.round(o.pig * (0.08 + rnd() * 0.05)); o.pigo = Math.round(o.pig * (1.3 + rnd() * 0.4));
  const dv = (k) => +(o[k] / div).toFixed(d); const meat = +((o.pork + o.beef + o.mutton + o.poul) / div).toFixed(d);
  const tU = wan ? '万吨' : '吨', hU = wan ? '万头' : '头';
  titleBlock(sh, 4, `${L.name}${YEARS[1]}年畜牧业和渔业主要产品产量及其增长速度`, null);
  addRow(sh, ['指标', '单位', '绝对数', '比上年增长（%）']);
  const g = () => +(rnd() * 20 - 8).toFixed(1);
  const rows = [['肉类总产量', tU, meat], ['其中：猪肉', tU, dv('pork'), 1], ['牛肉', tU, dv('beef'), 2], ['羊肉', tU, dv('mutton'), 2], ['禽肉', tU, dv('poul'), 2], ['禽蛋产量', tU, dv('egg')], ['牛奶产量', tU, dv('milk')], ['水产品产量', tU, dv('aq')], ['其中：养殖水产品', tU, dv('aqy'), 1], ['生猪存栏', hU, dv('pig')], ['其中：能繁母猪', hU, dv('sow'), 1], ['生猪出栏', hU, dv('pigo')]];
  const rm = {}; const ind = chance(0.5);
  rows.forEach(([t, u, v, sub]) => { const lab = sub ? (ind ? { v: t, indent: 1 } : { v: (sub === 2 ? '      ' : '  ') + t }) : { v: t }; rm[t] = addRow(sh, [lab, u, disp(v, d), g()]); });
  sh.rels.push({ type: 'sum', total: [rm['肉类总产量'], 2], parts: ['其中：猪肉', '牛肉', '羊肉', '禽肉'].map((t) => [rm[t], 2]), tol: wan ? 0.025 : 0 },
    { type: 'le', part: [rm['其中：养殖水产品'], 2], whole: [rm['水产品产量'], 2], tol: 0 }, { type: 'le', part: [rm['其中：能繁母猪'], 2], whole: [rm['生猪存栏'], 2], tol: 0 });
  notes(sh);
}
const TEMPL = { T1, T2, T3, T4, T5, T6, T7, T8, T9, T10 };
const SNAMES = { T1: ['畜禽存栏出栏', '分乡镇畜牧', '表1'], T2: ['畜产品产量', '主要畜产品', '表2'], T3: ['渔业', '水产品产量', '表3'], T4: ['历年畜产品', '历年'], T5: ['水产养殖', '养殖面积'], T6: ['生猪出栏', '分地区出栏'], T7: ['产值', '牧业渔业产值'], T8: ['主要产品', '分年度'], T9: ['畜禽出栏', '出栏对比'], T10: ['公报数据', '主要产品产量'] };

const numOf = (v) => { if (v == null || v === '') return 0; if (typeof v === 'number') return v; if (typeof v === 'object' && 'v' in v) return numOf(v.v); const t = String(v).trim().replace(/,/g, ''); if (t === '—' || t === '-') return 0; return +t; };
function relHolds(sh, rel, get) { const g = (rc) => get(rc);
  switch (rel.type) { case 'sum': return Math.abs(g(rel.total) - rel.parts.reduce((a, x) => a + g(x), 0));
    case 'le': return Math.max(0, g(rel.part) - g(rel.whole));
    case 'rate': return Math.abs(g(rel.cell) - rel.num.reduce((a, x) => a + g(x), 0) / g(rel.den) * rel.k);
    case 'growth': return Math.abs(g(rel.cell) - (g(rel.cur) / g(rel.prev) - 1) * 100);
    case 'diff': return Math.abs(g(rel.cell) - (g(rel.a) - g(rel.b))); } }
function relCells(rel) { const o = []; const w = (v) => { if (Array.isArray(v) && v.length === 2 && typeof v[0] === 'number') o.push(v); else if (Array.isArray(v)) v.forEach(w); };
  for (const k of ['total', 'parts', 'part', 'whole', 'cell', 'num', 'den', 'cur', 'prev', 'a', 'b']) if (rel[k]) w(rel[k]); return o; }
const decOf = (v) => { const t = typeof v === 'object' && v ? String(v.v) : String(v); const m = t.match(/\.(\d+)$/); return m ? m[1].length : 0; };

function plant(sheets) {
  const cands = [];
  sheets.forEach((sh) => { const cnt = new Map(); sh.rels.forEach((r) => relCells(r).forEach(([a, b]) => cnt.set(a + ',' + b, (cnt.get(a + ',' + b) || 0) + 1)));
    sh.rels.forEach((rel, ri_) => { let cells = [];
      if (rel.type === 'sum') cells = [rel.total, ...rel.parts]; else if (rel.type === 'le') cells = [rel.part]; else cells = [rel.cell];
      cells.forEach((rc) => { const cell = sh.rows[rc[0]][rc[1]]; if (!cell || typeof cell.v !== 'number' || cell.text) return; if (cnt.get(rc.join(',')) !== 1) return; if (rel.type === 'le' && numOf(sh.rows[rel.whole[0]][rel.whole[1]]) <= 0) return;
        cands.push({ sh, rel, rc, kind: rel.type === 'sum' ? (rc === rel.total ? 'total' : 'part') : rel.type === 'le' ? 'qizhong' : rel.type }); }); }); });
  if (!cands.length) return null;
  const kinds = [...new Set(cands.map((c) => c.kind))]; const k = pick(kinds); const c = pick(cands.filter((x) => x.kind === k));
  const cell = c.sh.rows[c.rc[0]][c.rc[1]]; const was = cell.v; const d = decOf(cell);
  let now; if (c.kind === 'qizhong') { const wh = numOf(c.sh.rows[c.rel.whole[0]][c.rel.whole[1]]); now = +(wh + Math.max(Math.abs(wh) * (0.05 + rnd() * 0.2), Math.pow(10, -d) * 5)).toFixed(d); }
  else { const delta = Math.max(4 * c.rel.tol, Math.abs(was) * (0.03 + rnd() * 0.15), Math.pow(10, -d) * 5); now = +(was + (chance(0.5) || was - delta <= 0 ? delta : -delta)).toFixed(d); }
  cell.v = now; return { sheet: c.sh.name, cell: A(...c.rc), was, now, kind: c.kind, relObj: c.rel };
}
const relOut = (rel) => { const o = {}; for (const [k, v] of Object.entries(rel)) { if (Array.isArray(v) && v.length === 2 && typeof v[0] === 'number') o[k] = A(...v); else if (Array.isArray(v)) o[k] = v.map((x) => A(...x)); else o[k] = v; } return o; };

(async () => {
  const manifest = [];
  for (let i = 0; i < N; i++) {
    const L = level(); const ns = ri(1, 4); const sheets = []; const used = new Set();
    const pool = VARIANT ? ['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T5', 'T6', 'T7', 'T8', 'T9', 'T10'] : ['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9', 'T10'];
    for (let j = 0; j < ns; j++) { const t = pick(pool); let nm = pick(SNAMES[t]); while (used.has(nm)) nm = nm + (j + 1); used.add(nm); const sh = Sheet(nm); LSTYLE = rnd(); TEMPL[t](sh, L); sheets.push(sh); }
    const planted = Math.floor((i + 1) * PF) > Math.floor(i * PF) ? plant(sheets) : null;
    const file = `${SET}_${String(i + 1).padStart(3, '0')}_${L.l}.xlsx`;
    const wb = new ExcelJS.Workbook();
    for (const sh of sheets) { const ws = wb.addWorksheet(sh.name); const cdec = [], rdec = [];
      // decimals shown: the most a column (or, for item-by-year tables, a row) carries, as publications format whole columns
      sh.rows.forEach((row, r) => row.forEach((c, ci) => { if (c && (typeof c.v === 'number' || c.text)) { const k = decOf(c); cdec[ci] = Math.max(cdec[ci] || 0, k); if (ci !== sh.gcol) rdec[r] = Math.max(rdec[r] || 0, k); } }));
      sh.rows.forEach((row, r) => row.forEach((c, ci) => { if (!c || c.v === undefined) return; const cell = ws.getCell(r + 1, ci + 1); cell.value = c.v === null ? null : c.v;
        if (c.indent) cell.alignment = { indent: c.indent }; if (c.bold) cell.font = { bold: true }; if (typeof c.v === 'number') { const dd = sh.rowDec && ci !== sh.gcol ? rdec[r] : cdec[ci]; cell.numFmt = dd ? '0.' + '0'.repeat(dd) : '0'; } }));
      for (const m of sh.merges) { try { ws.mergeCells(m[0] + 1, m[1] + 1, m[2] + 1, m[3] + 1); } catch (e) {} }
      ws.getColumn(1).width = 16; }
    await wb.xlsx.writeFile(path.join(ROOT, file));
    const rel = { sheets: sheets.map((sh) => ({ sheet: sh.name, relations: sh.rels.map(relOut) })) };
    fs.writeFileSync(path.join('/tmp/round126b/rel', file + '.json'), JSON.stringify(rel));
    manifest.push({ file, plants: planted ? [{ sheet: planted.sheet, cell: planted.cell, was: planted.was, now: planted.now, kind: planted.kind, rel: relOut(planted.relObj) }] : [] });
  }
  fs.writeFileSync(path.join(ROOT, 'manifest.json'), JSON.stringify(manifest, null, 1));
})();
