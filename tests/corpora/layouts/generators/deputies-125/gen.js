// node gen.js SET SEED N PLANTFRACTION [VARIANT]
const ExcelJS = require('exceljs'); const fs = require('fs'); const path = require('path');
const [, , SET, SEEDs, Ns, PFs, VARs] = process.argv;
const SEED = +SEEDs, N = +Ns, PF = +PFs, VARIANT = +(VARs || 0);
const ROOT = '/tmp/round125a', OUT = path.join(ROOT, SET), RELD = path.join(ROOT, 'rel');
fs.mkdirSync(OUT, { recursive: true }); fs.mkdirSync(RELD, { recursive: true });
function mulberry(a) { return () => { a |= 0; a = a + 0x6D2B79F5 | 0; let t = Math.imul(a ^ a >>> 15, 1 | a); t = t + Math.imul(t ^ t >>> 7, 61 | t) ^ t; return ((t ^ t >>> 14) >>> 0) / 4294967296; }; }
let R = mulberry(SEED);
const ri = (a, b) => a + Math.floor(R() * (b - a + 1)); const pick = (a) => a[Math.floor(R() * a.length)]; const ch = (p) => R() < p;
const rnd = (x, d) => { const f = Math.pow(10, d); return Math.round(x * f + 1e-9) / f; };
const shuffle = (a) => { a = a.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(R() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; };
const PLACES = ['城关', '东城', '西城', '南湖', '北山', '临江', '青山', '白云', '高新', '经开', '云溪', '永安', '平川', '清河', '兴隆', '石桥', '安宁', '长乐', '凤山', '龙泉', '新城', '金沙', '桃源', '柳林'];
const colL = (n) => { let s = ''; while (n > 0) { const m = (n - 1) % 26; s = String.fromCharCode(65 + m) + s; n = Math.floor((n - 1) / 26); } return s; };
// table: {title, unitLine, note, labelHead, cols:[{k, head:[..], dec, unit}], rows:[{label, indent, hash}], v:{}, rels:[], transpose}
function T(o) { return Object.assign({ cols: [], rows: [], v: {}, rels: [], textCells: new Set(), dash: {} }, o); }
const K = (r, c) => r + '|' + c;
function addCount(t, r, c, x) { t.v[K(r, c)] = { n: x, dec: 0 }; }
function addDec(t, r, c, x, d) { t.v[K(r, c)] = { n: x, dec: d }; }
const tolOf = (d) => 0.5 * Math.pow(10, -d) + 1e-9;
// relations use refs [r,c]
function relSum(t, tot, parts, tol) { t.rels.push({ type: 'sum', total: tot, parts, tol: tol == null ? 0.5 : tol }); }
function relLe(t, part, whole) { t.rels.push({ type: 'le', part, whole, tol: 0 }); }
function relRate(t, cell, num, den, k, d) { t.rels.push({ type: 'rate', cell, num, den, k, tol: tolOf(d) }); }
function relGrowth(t, cell, cur, prev, d) { t.rels.push({ type: 'growth', cell, cur, prev, tol: tolOf(d) }); }
function relDiff(t, cell, a, b, d) { t.rels.push({ type: 'diff', cell, a, b, tol: tolOf(d) * 1.01 }); }
function val(t, r, c) { const x = t.v[K(r, c)]; return x ? x.n : 0; }
function setRate(t, r, c, nr, dr, k, d, nc, dc) { const num = val(t, r, nc == null ? nr : nc), den = val(t, dr == null ? r : dr, dc); }
// ---------- content generators ----------
const LEVELS_NPC = ['全国人大代表', '省人大代表', '市人大代表', '县人大代表', '乡镇人大代表'];
function levelCounts(body, lv) { // totals by level
  const base = { 0: ri(30, 90), 1: ri(300, 800), 2: ri(500, 1200), 3: ri(1800, 4500), 4: ri(6000, 16000) }[lv];
  return body === 'npc' ? base : Math.round(base * 1.1);
}
function genByLevel(t, body, opt) {
  const levels = body === 'npc' ? ['全国', '省级', '市级', '县级', '乡级'] : ['全国', '省级', '市级', '县级', '乡级'];
  const ws = opt.shareDec, k = opt.permil ? 1000 : 100;
  const pc = opt.permil ? '(‰)' : '(%)';
  t.cols = [{ k: 'T', head: [(body === 'npc' ? '代表' : '委员') + '总数'] }, { k: 'N', head: ['非公有制经济人士', '小计'] }, { k: 'F', head: ['非公有制经济人士', '其中', '女性'] }, { k: 'P', head: ['非公有制经济人士', '其中', '中共党员'] }, { k: 'E', head: ['非公有制经济人士', '其中', '民营企业出资人'] }, { k: 'S', head: ['新的社会阶层人士'] }, { k: 'RN', head: ['非公人士占比' + pc], pct: 1 }, { k: 'RS', head: ['新阶层占比' + pc], pct: 1 }];
  if (!opt.hasS) t.cols = t.cols.filter((c) => c.k !== 'S' && c.k !== 'RS');
  const rows = []; levels.forEach((l, i) => rows.push({ label: l, lv: i }));
  const totRow = { label: pick(['合计', '总计', '全省', '全省合计']), tot: 1 };
  t.rows = opt.totTop ? [totRow, ...rows] : [...rows, totRow];
  const tr = t.rows.indexOf(totRow);
  const sums = { T: 0, N: 0, F: 0, P: 0, E: 0, S: 0 };
  t.rows.forEach((row, r) => {
    if (row.tot) return;
    const noExist = body === 'cppcc' && row.lv === 4;
    if (noExist) { for (const c of t.cols) t.dash[K(r, c.k)] = pick(['—', '-', '']); return; }
    const T_ = levelCounts(body, row.lv), N_ = Math.round(T_ * (0.08 + R() * 0.22)), S_ = Math.round(T_ * (0.03 + R() * 0.12));
    const F_ = Math.round(N_ * (0.1 + R() * 0.25)), P_ = Math.round(N_ * (0.3 + R() * 0.4)), E_ = Math.round(N_ * (0.5 + R() * 0.45));
    const vals = { T: T_, N: N_, F: F_, P: P_, E: E_, S: S_ };
    for (const c in vals) { if (t.cols.find((x) => x.k === c)) { addCount(t, r, c, vals[c]); sums[c] += vals[c]; } }
  });
  for (const c in sums) if (t.cols.find((x) => x.k === c)) addCount(t, tr, c, sums[c]);
  t.rows.forEach((row, r) => {
    if (t.dash[K(r, 'T')] != null) return;
    addDec(t, r, 'RN', rnd(val(t, r, 'N') / val(t, r, 'T') * k, ws), ws); relRate(t, [r, 'RN'], [r, 'N'], [r, 'T'], k, ws);
    if (opt.hasS) { addDec(t, r, 'RS', rnd(val(t, r, 'S') / val(t, r, 'T') * k, ws), ws); relRate(t, [r, 'RS'], [r, 'S'], [r, 'T'], k, ws); }
    for (const c of ['F', 'P', 'E']) relLe(t, [r, c], [r, 'N']);
    if (opt.hasS) relLe(t, [r, 'N'], [r, 'T']);
  });
  for (const c of Object.keys(sums)) if (t.cols.find((x) => x.k === c)) relSum(t, [tr, c], t.rows.map((x, r) => r).filter((r) => r !== tr && t.dash[K(r, c)] == null).map((r) => [r, c]));
}
function genByRegion(t, body, opt) { // two terms side by side
  const n = ri(4, 10); const names = shuffle(PLACES).slice(0, n).map((p) => p + pick(['区', '县', '市']));
  const wd = opt.shareDec; const totLabel = pick(['全市', '全市合计', '合计', '总计']);
  t.cols = [];
  if (opt.withT) t.cols.push({ k: 'T1', head: [(body === 'npc' ? '代表' : '委员') + '总数', '本届'] }, { k: 'T0', head: [(body === 'npc' ? '代表' : '委员') + '总数', '上届'] });
  t.cols.push({ k: 'N1', head: ['非公有制经济人士', '本届'] }, { k: 'N0', head: ['非公有制经济人士', '上届'] }, { k: 'G', head: ['非公有制经济人士', '增长(%)'], pct: 1 });
  if (opt.withT) t.cols.push({ k: 'R1', head: ['占总数比重(%)', '本届'], pct: 1 }, { k: 'R0', head: ['占总数比重(%)', '上届'], pct: 1 }, { k: 'D', head: ['占总数比重(%)', '增减(百分点)'], pct: 1 });
  const rows = names.map((l) => ({ label: l })); const totRow = { label: totLabel, tot: 1 };
  t.rows = opt.totTop ? [totRow, ...rows] : [...rows, totRow];
  const tr = t.rows.indexOf(totRow); const s = { T1: 0, T0: 0, N1: 0, N0: 0 };
  t.rows.forEach((row, r) => {
    if (row.tot) return;
    const T0 = ri(150, 480), T1 = T0 + ri(-25, 25), N0 = Math.round(T0 * (0.08 + R() * 0.2)), N1 = Math.max(1, N0 + ri(-8, 12));
    const vv = { T1, T0, N1, N0 }; for (const c in vv) if (t.cols.find((x) => x.k === c)) { addCount(t, r, c, vv[c]); s[c] += vv[c]; }
  });
  for (const c in s) if (t.cols.find((x) => x.k === c)) { addCount(t, tr, c, s[c]); relSum(t, [tr, c], t.rows.map((x, r) => r).filter((r) => r !== tr).map((r) => [r, c])); }
  t.rows.forEach((row, r) => {
    addDec(t, r, 'G', rnd((val(t, r, 'N1') / val(t, r, 'N0') - 1) * 100, 1), 1); relGrowth(t, [r, 'G'], [r, 'N1'], [r, 'N0'], 1);
    if (opt.withT) {
      const a = rnd(val(t, r, 'N1') / val(t, r, 'T1') * 100, wd), b = rnd(val(t, r, 'N0') / val(t, r, 'T0') * 100, wd);
      addDec(t, r, 'R1', a, wd); addDec(t, r, 'R0', b, wd); addDec(t, r, 'D', rnd(a - b, wd), wd);
      relRate(t, [r, 'R1'], [r, 'N1'], [r, 'T1'], 100, wd); relRate(t, [r, 'R0'], [r, 'N0'], [r, 'T0'], 100, wd); relDiff(t, [r, 'D'], [r, 'R1'], [r, 'R0'], wd);
      relLe(t, [r, 'N1'], [r, 'T1']);
    }
  });
}
function genSeries(t, body, opt) { // terms as rows (or columns when transposed)
  const terms = [['第十届', 2003], ['第十一届', 2008], ['第十二届', 2013], ['第十三届', 2018], ['第十四届', 2023]].slice(5 - ri(3, 5));
  const byYear = ch(0.5);
  t.rows = terms.map(([a, y]) => ({ label: byYear ? y + '年' : a }));
  t.cols = [{ k: 'T', head: [(body === 'npc' ? '代表' : '委员') + '总数'] }, { k: 'N', head: ['非公有制经济人士', '人数'] }, { k: 'R', head: ['非公有制经济人士', '占比(%)'], pct: 1 }, { k: 'C', head: ['非公有制经济人士', '比上届增减(人)'] }, { k: 'G', head: ['非公有制经济人士', '比上届增长(%)'], pct: 1 }];
  let T0 = ri(400, 900), N0 = Math.round(T0 * (0.05 + R() * 0.08));
  t.rows.forEach((row, r) => {
    if (r > 0) { T0 = T0 + ri(-20, 30); N0 = N0 + ri(-5, 25); }
    addCount(t, r, 'T', T0); addCount(t, r, 'N', N0); addDec(t, r, 'R', rnd(N0 / T0 * 100, opt.shareDec), opt.shareDec); relRate(t, [r, 'R'], [r, 'N'], [r, 'T'], 100, opt.shareDec);
    relLe(t, [r, 'N'], [r, 'T']);
    if (r === 0) { t.dash[K(r, 'C')] = '—'; t.dash[K(r, 'G')] = '—'; return; }
    addCount(t, r, 'C', N0 - val(t, r - 1, 'N')); t.rels.push({ type: 'diff', cell: [r, 'C'], a: [r, 'N'], b: [r - 1, 'N'], tol: 0.5 });
    addDec(t, r, 'G', rnd((N0 / val(t, r - 1, 'N') - 1) * 100, 1), 1); relGrowth(t, [r, 'G'], [r, 'N'], [r - 1, 'N'], 1);
  });
  t.transpose = opt.transpose;
}
function genCross(t, body, opt) { // categories as rows with 其中, levels as columns
  const lv = body === 'npc' ? ['省级', '市级', '县级', '乡级'] : ['省级', '市级', '县级'];
  t.cols = [{ k: 'tot', head: [pick(['合计', '总计'])] }, ...lv.map((l, i) => ({ k: 'l' + i, head: opt.h2 ? [(body === 'npc' ? '人大代表' : '政协委员'), l] : [l] }))];
  const hashMode = pick(['hash', 'space', 'indent', 'plain']);
  const sub = (lab, first) => ({ label: (hashMode === 'hash' ? '#' : '') + (first && hashMode !== 'hash' ? '其中：' : '') + lab, indent: hashMode === 'indent' ? 1 : 0, sp: hashMode === 'space' ? '    ' : '' });
  t.rows = [{ label: '非公有制经济人士', key: 'N' }, { ...sub('女性', 1), key: 'F' }, { ...sub('中共党员'), key: 'P' }, { ...sub('民营企业出资人'), key: 'E' },
    { label: '新的社会阶层人士', key: 'S' }, { label: '  民营企业、外资企业管理技术人员', key: 'S1', part: 1 }, { label: '  中介组织和社会组织从业人员', key: 'S2', part: 1 }, { label: '  自由职业人员', key: 'S3', part: 1 }, { label: '  新媒体从业人员', key: 'S4', part: 1 }];
  const ix = (k) => t.rows.findIndex((x) => x.key === k);
  lv.forEach((l, i) => {
    const c = 'l' + i; const base = [ri(60, 140), ri(120, 300), ri(300, 800), ri(700, 2000)][i];
    const N_ = base, F_ = Math.round(N_ * (0.1 + R() * 0.2)), P_ = Math.round(N_ * (0.3 + R() * 0.4)), E_ = Math.round(N_ * (0.5 + R() * 0.4));
    addCount(t, ix('N'), c, N_); addCount(t, ix('F'), c, F_); addCount(t, ix('P'), c, P_); addCount(t, ix('E'), c, E_);
    const parts = [ri(10, 90), ri(5, 50), ri(0, 30), ri(0, 20)]; if (i === 0 && ch(0.4)) parts[3] = 0;
    parts.forEach((p, j) => addCount(t, ix('S' + (j + 1)), c, p)); addCount(t, ix('S'), c, parts.reduce((a, b) => a + b, 0));
  });
  t.rows.forEach((row, r) => {
    const s = lv.reduce((a, l, i) => a + val(t, r, 'l' + i), 0); addCount(t, r, 'tot', s);
    relSum(t, [r, 'tot'], lv.map((l, i) => [r, 'l' + i]));
  });
  for (const c of t.cols.map((x) => x.k)) {
    for (const k of ['F', 'P', 'E']) relLe(t, [ix(k), c], [ix('N'), c]);
    relSum(t, [ix('S'), c], ['S1', 'S2', 'S3', 'S4'].map((k) => [ix(k), c]));
    for (const k of ['S1', 'S2', 'S3', 'S4']) if (val(t, ix(k), c) === 0 && ch(0.5)) t.dash[K(ix(k), c)] = pick(['—', '-']);
  }
}
function genIndicators(t, body, opt) { // 计量单位 column
  const who = body === 'npc' ? '人大代表' : '政协委员';
  t.unitCol = 1;
  t.rows = [{ label: who + '总数', u: '人', key: 'T' }, { label: '非公有制经济人士', u: '人', key: 'N' }, { label: '其中：女性', u: '人', key: 'F', indent: 1 }, { label: '中共党员', u: '人', key: 'P', indent: 1 }, { label: '民营企业出资人', u: '人', key: 'E', indent: 1 }, { label: '新的社会阶层人士', u: '人', key: 'S' }, { label: '非公有制经济人士占比', u: '%', key: 'RN' }, { label: '新的社会阶层人士占比', u: '%', key: 'RS' }];
  t.cols = [{ k: 'c', head: ['本届'] }, { k: 'p', head: ['上届'] }, { k: 'g', head: ['增长(%)'], pct: 1 }, { k: 'd', head: ['增减(百分点)'], pct: 1 }];
  const ix = (k) => t.rows.findIndex((x) => x.key === k);
  for (const c of ['c', 'p']) {
    const T_ = ri(300, 900), N_ = Math.round(T_ * (0.1 + R() * 0.2)), S_ = Math.round(T_ * (0.04 + R() * 0.1));
    addCount(t, ix('T'), c, T_); addCount(t, ix('N'), c, N_); addCount(t, ix('S'), c, S_);
    addCount(t, ix('F'), c, Math.round(N_ * (0.1 + R() * 0.2))); addCount(t, ix('P'), c, Math.round(N_ * (0.3 + R() * 0.4))); addCount(t, ix('E'), c, Math.round(N_ * (0.5 + R() * 0.4)));
    addDec(t, ix('RN'), c, rnd(N_ / T_ * 100, 1), 1); addDec(t, ix('RS'), c, rnd(S_ / T_ * 100, 1), 1);
    relRate(t, [ix('RN'), c], [ix('N'), c], [ix('T'), c], 100, 1); relRate(t, [ix('RS'), c], [ix('S'), c], [ix('T'), c], 100, 1);
    for (const k of ['F', 'P', 'E']) relLe(t, [ix(k), c], [ix('N'), c]);
  }
  for (const k of ['T', 'N', 'F', 'P', 'E', 'S']) { const r = ix(k); addDec(t, r, 'g', rnd((val(t, r, 'c') / val(t, r, 'p') - 1) * 100, 1), 1); relGrowth(t, [r, 'g'], [r, 'c'], [r, 'p'], 1); t.dash[K(r, 'd')] = '—'; }
  for (const k of ['RN', 'RS']) { const r = ix(k); addDec(t, r, 'd', rnd(val(t, r, 'c') - val(t, r, 'p'), 1), 1); relDiff(t, [r, 'd'], [r, 'c'], [r, 'p'], 1); t.dash[K(r, 'g')] = '—'; }
}
function genMoney(t, body, opt) { // enterprises of non-public representatives, money rounded
  const n = ri(4, 9); const names = shuffle(PLACES).slice(0, n).map((p) => p + pick(['区', '县']));
  const big = opt.yi; // 亿元 with 2 decimals vs 万元 integers
  t.unitLine = '单位：个，人，' + (big ? '亿元' : '万元');
  t.cols = [{ k: 'n', head: ['代表所在企业数'] }, { k: 'w', head: ['从业人员'] }, { k: 'rev', head: ['营业收入'] }, { k: 'tax', head: ['纳税总额'] }];
  const rows = names.map((l) => ({ label: l })); const totRow = { label: pick(['全市', '合计']), tot: 1 };
  t.rows = opt.totTop ? [totRow, ...rows] : [...rows, totRow]; const tr = t.rows.indexOf(totRow);
  const raw = { n: 0, w: 0, rev: 0, tax: 0 };
  const d = big ? 2 : 0, f = big ? 1e-4 : 1;
  t.rows.forEach((row, r) => {
    if (row.tot) return; const nn = ri(8, 60), w = nn * ri(30, 400), rev = w * (20 + R() * 60), tax = rev * (0.02 + R() * 0.05);
    addCount(t, r, 'n', nn); addCount(t, r, 'w', w); addDec(t, r, 'rev', rnd(rev * f, d), d); addDec(t, r, 'tax', rnd(tax * f, d), d);
    raw.n += nn; raw.w += w; raw.rev += rev; raw.tax += tax;
  });
  addCount(t, tr, 'n', raw.n); addCount(t, tr, 'w', raw.w); addDec(t, tr, 'rev', rnd(raw.rev * f, d), d); addDec(t, tr, 'tax', rnd(raw.tax * f, d), d);
  const parts = (c) => t.rows.map((x, r) => r).filter((r) => r !== tr).map((r) => [r, c]);
  relSum(t, [tr, 'n'], parts('n')); relSum(t, [tr, 'w'], parts('w'));
  const mt = 0.5 * Math.pow(10, -d) * n + 1e-9; relSum(t, [tr, 'rev'], parts('rev'), mt); relSum(t, [tr, 'tax'], parts('tax'), mt);
  t.moneyDec = d;
}
// ---------- writer ----------
function writeSheet(wb, name, t, opt) {
  const ws = wb.addWorksheet(name);
  let row = 1;
  ws.getCell(row, 1).value = t.title; ws.getCell(row, 1).font = { bold: true, size: 14 };
  const labelCols = t.unitCol ? 2 : 1;
  // effective columns/rows (transpose)
  let cols = t.cols, rows = t.rows;
  let H = Math.max(...cols.map((c) => c.head.length));
  if (t.transpose) { cols = t.rows.map((r, i) => ({ k: '#' + i, head: [r.label] })); rows = t.cols.map((c) => ({ label: c.head.join(''), ck: c.k })); H = 1; }
  const totalW = labelCols + cols.length;
  if (opt.mergeTitle) ws.mergeCells(row, 1, row, totalW);
  row++;
  if (t.unitLine) { ws.getCell(row, opt.unitRight ? totalW : 1).value = t.unitLine; row++; }
  else if (opt.unitMode === 'line' && !t.unitCol) { ws.getCell(row, opt.unitRight ? totalW : 1).value = '单位：人'; row++; }
  const h0 = row;
  const heads = cols.map((c) => { const h = c.head.slice(); while (h.length < H) h.push(h[h.length - 1]); return h; });
  // unit suffix
  if (opt.unitMode === 'head' && !t.transpose && !t.unitCol) cols.forEach((c, i) => { const leaf = heads[i][H - 1]; if (!/[（(]/.test(leaf)) { const s = c.pct ? '' : (t.unitLine ? '' : '（人）'); for (let l = H - 1; l >= 0 && heads[i][l] === leaf; l--) heads[i][l] = leaf + s; } });
  ws.getCell(h0, 1).value = t.labelHead || '项目'; if (H > 1) ws.mergeCells(h0, 1, h0 + H - 1, 1);
  if (t.unitCol) { ws.getCell(h0, 2).value = '计量单位'; if (H > 1) ws.mergeCells(h0, 2, h0 + H - 1, 2); }
  const covered = new Set();
  for (let l = 0; l < H; l++) for (let i = 0; i < cols.length; i++) {
    if (covered.has(l + ',' + i)) continue;
    let j = i; const pre = (x) => heads[x].slice(0, l + 1).join('\u0001');
    while (j + 1 < cols.length && pre(j + 1) === pre(i)) j++;
    let m = l; if (j === i) while (m + 1 < H && heads[i][m + 1] === heads[i][l]) m++;
    ws.getCell(h0 + l, labelCols + 1 + i).value = heads[i][l];
    for (let a = l; a <= m; a++) for (let b = i; b <= j; b++) covered.add(a + ',' + b);
    if (m > l || j > i) ws.mergeCells(h0 + l, labelCols + 1 + i, h0 + m, labelCols + 1 + j);
  }
  row = h0 + H;
  if (opt.unitMode === 'row' && !t.transpose && !t.unitLine && !t.unitCol) { ws.getCell(row, 1).value = '单位'; cols.forEach((c, i) => { ws.getCell(row, labelCols + 1 + i).value = c.pct ? '%' : '人'; }); row++; }
  const addr = {}; const r0 = row;
  rows.forEach((rw, i) => {
    const lc = ws.getCell(r0 + i, 1); lc.value = (rw.sp || '') + rw.label; if (rw.indent) lc.alignment = { indent: rw.indent };
    if (t.unitCol) ws.getCell(r0 + i, 2).value = rw.u;
    cols.forEach((c, j) => {
      const key = t.transpose ? K(+c.k.slice(1), rw.ck) : K(i, c.k);
      addr[key] = colL(labelCols + 1 + j) + (r0 + i);
      const cell = ws.getCell(r0 + i, labelCols + 1 + j);
      if (t.dash[key] != null) { cell.value = t.dash[key] === '' ? null : t.dash[key]; return; }
      const x = t.v[key]; if (!x) return;
      if (t.textCells.has(key)) { cell.value = x.dec ? x.n.toFixed(x.dec) : String(x.n); return; }
      cell.value = x.n; cell.numFmt = x.dec ? '0.' + '0'.repeat(x.dec) : '0';
    });
  });
  row = r0 + rows.length;
  if (opt.note) { ws.getCell(row + 1, 1).value = opt.note; }
  return addr;
}
const NOTES = ['注：本表按届次统计，非公有制经济人士包括民营企业出资人、个体工商户等。', '注：占比＝非公有制经济人士人数÷代表总数×100%。', '注：“—”表示无此项。乡镇不设政协。', '资料来源：市委统战部。'];
// ---------- books ----------
const manifest = []; const pending = [];
const kinds = ['total', 'part', 'rate', 'growth', 'diff', 'le'];
for (let b = 0; b < N; b++) {
  R = mulberry(SEED * 1000 + b);
  const planted = b < Math.round(N * PF);
  const wb = new ExcelJS.Workbook();
  const nSheets = ri(1, 4); const level = pick(['县', '市', '省']);
  const region = pick(PLACES) + (level === '县' ? '县' : level === '市' ? '市' : '省');
  const gens = shuffle(['level', 'region', 'series', 'cross', 'ind', 'money', 'region2', 'level2']).slice(0, nSheets);
  const sheets = [];
  gens.forEach((g, si) => {
    const body = ch(0.5) ? 'npc' : 'cppcc'; const who = body === 'npc' ? '人大代表' : '政协委员';
    const opt = { totTop: ch(0.5), shareDec: VARIANT === 1 ? pick([1, 2]) : 1, permil: ch(0.15), hasS: ch(0.6), withT: ch(0.6), transpose: ch(0.4), h2: ch(0.5), yi: VARIANT === 1 ? ch(0.7) : ch(0.3) };
    const t = T({});
    const gname = g.replace(/2$/, '');
    if (gname === 'level') { genByLevel(t, body, opt); t.title = `${region}${who}中非公有制经济人士和新的社会阶层人士情况（按层级）`; t.labelHead = '层级'; }
    if (gname === 'region') { genByRegion(t, body, opt); t.title = `各区县${who}中非公有制经济人士情况（本届与上届比较）`; t.labelHead = '地区'; }
    if (gname === 'series') { genSeries(t, body, opt); t.title = `${region}历届${who}中非公有制经济人士`; t.labelHead = t.transpose ? '指标' : '届次'; }
    if (gname === 'cross') { genCross(t, body, opt); t.title = `${region}${who}中非公有制经济人士和新的社会阶层人士构成`; t.labelHead = '项目'; t.unitLine = '单位：人'; }
    if (gname === 'ind') { genIndicators(t, body, opt); t.title = `${region}${who}中非公有制经济人士主要指标`; t.labelHead = '指标'; }
    if (gname === 'money') { genMoney(t, body, opt); t.title = `${region}非公有制经济人士${who}所在企业基本情况`; t.labelHead = '地区'; }
    // a few numbers typed as text
    const cnt = Object.keys(t.v).filter((k) => t.v[k].dec === 0); if (ch(0.4)) for (let q = 0; q < ri(1, 2); q++) t.textCells.add(pick(cnt));
    // zeros shown as dashes never for nonzero
    sheets.push({ name: pick(['表', 'Sheet', '']) + (si + 1) + (ch(0.5) ? '' : '-' + gname), t, w: { unitMode: pick(['head', 'row', 'line']), mergeTitle: ch(0.6), unitRight: ch(0.5), note: ch(0.5) ? pick(NOTES) : null } });
  });
  // plant
  const plants = [];
  if (planted) {
    const sh = pick(sheets); const t = sh.t;
    let all = [];
    for (const rel of t.rels) {
      if (rel.type === 'sum') { all.push(['total', rel, rel.total]); rel.parts.forEach((p) => all.push(['part', rel, p])); }
      if (rel.type === 'rate') all.push(['rate', rel, rel.cell]);
      if (rel.type === 'growth') all.push(['growth', rel, rel.cell]);
      if (rel.type === 'diff') all.push(['diff', rel, rel.cell]);
      if (rel.type === 'le') all.push(['le', rel, rel.part]);
    }
    all = all.filter(([k, rel, ref]) => t.v[K(ref[0], ref[1])] && t.dash[K(ref[0], ref[1])] == null && !t.textCells.has(K(ref[0], ref[1])));
    const kind = pick([...new Set(all.map((a) => a[0]))]);
    const cands = all.filter((a) => a[0] === kind).map((a) => [a[1], a[2]]);
    const [rel, ref] = pick(cands); const key = K(ref[0], ref[1]); const x = t.v[key]; const was = x.n; let now;
    const k2 = rel.type === 'sum' ? (kind === 'part' ? 'part' : 'total') : kind === 'total' || kind === 'part' ? 'total' : kind;
    if (rel.type === 'le') { const w = val(t, rel.whole[0], rel.whole[1]); now = w + Math.max(2, Math.round(w * (0.05 + R() * 0.2))); }
    else if (x.dec === 0 && rel.type !== 'sum' || (rel.type === 'sum' && x.dec === 0)) { const dlt = Math.max(3, Math.round(Math.abs(was) * (0.04 + R() * 0.15))); now = was + (ch(0.5) || was - dlt < 0 ? dlt : -dlt); }
    else { const unit = Math.pow(10, -x.dec); const mag = rel.type === 'sum' ? Math.max(rel.tol * 4, Math.abs(was) * (0.03 + R() * 0.1)) : Math.max(1.2, Math.abs(was) * (0.05 + R() * 0.2)); now = rnd(was + (ch(0.5) ? 1 : -1) * Math.max(mag, 4 * rel.tol), x.dec); if (now < 0 && rel.type !== 'growth' && rel.type !== 'diff') now = rnd(was + mag, x.dec); }
    x.n = now; plants.push({ sheetObj: sh, ref, was, now, kind: rel.type === 'le' ? 'le' : k2, rel });
  }
  const fname = `${SET}_${String(b).padStart(3, '0')}.xlsx`;
  const relOut = [];
  for (const s of sheets) {
    s.addr = writeSheet(wb, s.name, s.t, s.w);
    const A = (ref) => s.addr[K(ref[0], ref[1])];
    const conv = (rel) => { const o = {}; for (const [k, v] of Object.entries(rel)) o[k] = Array.isArray(v) ? (Array.isArray(v[0]) ? v.map(A) : A(v)) : v; return o; };
    for (const rel of s.t.rels) relOut.push({ sheet: s.name, ...conv(rel) });
    s.conv = conv; s.A = A;
  }
  pending.push(wb.xlsx.writeFile(path.join(OUT, fname)));
  fs.writeFileSync(path.join(RELD, fname + '.json'), JSON.stringify(relOut, null, 0));
  manifest.push({ file: fname, plants: plants.map((p) => ({ sheet: p.sheetObj.name, cell: p.sheetObj.A(p.ref), was: p.was, now: p.now, kind: p.kind, rel: { sheet: p.sheetObj.name, ...p.sheetObj.conv(p.rel) } })) });
}
Promise.all(pending).then(() => fs.writeFileSync(path.join(OUT, 'manifest.json'), JSON.stringify(manifest, null, 1)));
